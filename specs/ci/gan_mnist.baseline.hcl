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
  value  = 198.441
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "gan.d_loss" {
  value  = 1.23669
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
  value  = 0.878922
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is.is" {
  value  = 1.43312
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is.is_std" {
  value  = 0.0313085
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

metric "ll[gan].mean" {
  value  = -78.5351
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[gan].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gan].std" {
  value  = 91.5818
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gan].stderr" {
  value  = 4.09566
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "nn.nn_dist" {
  value  = 6.45393
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "pr.precision" {
  value  = 0.584
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
  value  = 53.2958
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 3.61452
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid" {
  value  = 2.60635
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan" {
  value  = 68.5769
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is" {
  value  = 2.45087
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[data]" {
  value  = 0.433584
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[gan]" {
  value  = 0.234883
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.nn" {
  value  = 0.0983247
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr" {
  value  = 4.57821
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.report.classifier_metrics" {
  value  = 0.000908499
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.report.table1" {
  value  = 0.0389321
  better = "lower"
  abs    = 1
  rel    = 2
}
