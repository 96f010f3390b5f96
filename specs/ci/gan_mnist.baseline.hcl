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
  value  = 217.594
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "gan.d_loss" {
  value  = 0.332508
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
  value  = 5.38552
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is.is" {
  value  = 1.00144
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is.is_std" {
  value  = 0.000208606
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
  value  = -235.485
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
  value  = 46.6956
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gan].stderr" {
  value  = 2.08829
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "nn.nn_dist" {
  value  = 7.40975
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
  value  = 4.6
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan" {
  value  = 133.757
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is" {
  value  = 5.87502
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
  value  = 0.992549
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.nn" {
  value  = 0.045828
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr" {
  value  = 8.74277
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.report.classifier_metrics" {
  value  = 0.00114807
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.report.table1" {
  value  = 0.0337538
  better = "lower"
  abs    = 1
  rel    = 2
}
