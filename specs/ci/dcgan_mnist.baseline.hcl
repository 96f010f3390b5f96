# ganpipe check baseline, written by -update. Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |value|).

metric "clf.loss" {
  value  = 0.217882
  better = "lower"
  abs    = 0
  rel    = 0.1
}

metric "clf.test_accuracy" {
  value  = 0.962
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "clf.train_accuracy" {
  value  = 0.9915
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "fid.fid" {
  value  = 96.0681
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan.d_loss" {
  value  = 0.0740447
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan.diverged" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan.diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan.g_loss" {
  value  = 4.26796
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is.is" {
  value  = 2.30045
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is.is_std" {
  value  = 0.0976916
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "ll[data].mean" {
  value  = 103.515
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[data].sigma" {
  value  = 0.215443
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[data].std" {
  value  = 156.998
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[data].stderr" {
  value  = 7.02118
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[dcgan].mean" {
  value  = -15.2305
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[dcgan].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[dcgan].std" {
  value  = 76.0903
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[dcgan].stderr" {
  value  = 3.40286
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "nn.nn_dist" {
  value  = 6.33001
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "pr.precision" {
  value  = 0.785
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "pr.recall" {
  value  = 0.002
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "time.clf" {
  value  = 90.0355
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 5.57791
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid" {
  value  = 5.32488
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan" {
  value  = 95.8872
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is" {
  value  = 2.6954
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[data]" {
  value  = 0.665093
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[dcgan]" {
  value  = 0.342861
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.nn" {
  value  = 0.0448055
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr" {
  value  = 4.08154
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.report.dcgan" {
  value  = 0.0618293
  better = "lower"
  abs    = 1
  rel    = 2
}
