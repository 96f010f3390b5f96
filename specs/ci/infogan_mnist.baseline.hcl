# ganpipe check baseline, written by -update. Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |value|).

metric "agree.accuracy" {
  value  = 0.1
  better = "higher"
  abs    = 0.05
  rel    = 0
}

metric "agree.matched" {
  value  = 0.1
  better = "higher"
  abs    = 0.05
  rel    = 0
}

metric "agree.purity" {
  value  = 1
  better = "either"
  abs    = 0.1
  rel    = 0
}

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
  value  = 234.054
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "infogan.d_loss" {
  value  = 1.37784
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "infogan.diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "infogan.diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "infogan.g_loss" {
  value  = 0.649857
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "infogan.mi_cat" {
  value  = 2.30211
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "infogan.mi_cont" {
  value  = 0.355424
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "infogan.mi_loss" {
  value  = 2.65753
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is.is" {
  value  = 1.00234
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is.is_std" {
  value  = 0.00038344
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "time.agree" {
  value  = 1.56693
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.clf" {
  value  = 26.0012
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.codes" {
  value  = 0.0762263
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 4.11946
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid" {
  value  = 1.51231
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.infogan" {
  value  = 5.22464
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is" {
  value  = 0.51647
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.report.infogan" {
  value  = 0.0622237
  better = "lower"
  abs    = 1
  rel    = 2
}
