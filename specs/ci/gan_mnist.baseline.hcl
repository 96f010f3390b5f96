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
  better = "higher"
  abs    = 0.01
  rel    = 0
}

metric "clf.train_accuracy" {
  value  = 0.9915
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "fid.fid" {
  value  = 223.209
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "gan.d_loss" {
  value  = 0.626614
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan.diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan.diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan.g_loss" {
  value  = 7.88939
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is.is" {
  value  = 1.00065
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is.is_std" {
  value  = 8.31973e-05
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "ll[data].mean" {
  value  = 100.418
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
  value  = 158.833
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[data].stderr" {
  value  = 7.10323
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gan].mean" {
  value  = -248.44
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[gan].sigma" {
  value  = 0.359381
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gan].std" {
  value  = 59.5592
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gan].stderr" {
  value  = 2.66357
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "nn.nn_dist" {
  value  = 7.59975
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "pr.precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr.recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "time.clf" {
  value  = 108.558
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 6.40084
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid" {
  value  = 4.14931
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan" {
  value  = 64.347
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is" {
  value  = 3.69148
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[data]" {
  value  = 0.666623
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[gan]" {
  value  = 0.807488
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.nn" {
  value  = 0.258752
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr" {
  value  = 5.51375
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.report.classifier_metrics" {
  value  = 0.00104371
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.report.table1" {
  value  = 0.191973
  better = "lower"
  abs    = 1
  rel    = 2
}
