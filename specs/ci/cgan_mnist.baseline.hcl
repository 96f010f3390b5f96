# ganpipe check baseline, written by -update. Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |value|).

metric "agree.accuracy" {
  value  = 0.1
  better = "higher"
  abs    = 0.05
  rel    = 0
}

metric "agree.matched" {
  value  = 0.111
  better = "higher"
  abs    = 0.05
  rel    = 0
}

metric "agree.purity" {
  value  = 0.855
  better = "either"
  abs    = 0.1
  rel    = 0
}

metric "cgan.d_loss" {
  value  = 1.38455
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "cgan.diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "cgan.diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "cgan.g_loss" {
  value  = 0.665896
  better = "either"
  abs    = 0
  rel    = 0.1
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
  value  = 215.551
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "is.is" {
  value  = 1.00474
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is.is_std" {
  value  = 0.000961426
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "ll.mean" {
  value  = -153.466
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll.sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll.std" {
  value  = 51.7057
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll.stderr" {
  value  = 2.31235
  better = "either"
  abs    = 0.05
  rel    = 0.5
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

metric "time.agree" {
  value  = 3.55204
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.cgan" {
  value  = 12.4305
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.clf" {
  value  = 45.2865
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 8.89273
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid" {
  value  = 5.93775
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.grid" {
  value  = 0.00721794
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is" {
  value  = 2.84716
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll" {
  value  = 0.318294
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr" {
  value  = 4.2541
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.report.cgan" {
  value  = 0.0439315
  better = "lower"
  abs    = 1
  rel    = 2
}
