# ganpipe check baseline, written by -update. Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |value|).

metric "gmmn.loss" {
  value  = 0.439408
  better = "lower"
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2" {
  value  = 0.174471
  better = "lower"
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2_floor" {
  value  = 0.00964598
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "ll[data].mean" {
  value  = 104.009
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[data].sigma" {
  value  = 0.21
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[data].std" {
  value  = 165.243
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[data].stderr" {
  value  = 7.38989
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gmmn].mean" {
  value  = -213.003
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[gmmn].sigma" {
  value  = 0.29
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gmmn].std" {
  value  = 148.53
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gmmn].stderr" {
  value  = 6.64245
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "nn.nn_dist" {
  value  = 8.74184
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "time.dataset.data" {
  value  = 1.32638
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gmmn" {
  value  = 11.6324
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.interp" {
  value  = 0.0633641
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[data]" {
  value  = 0.250411
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[gmmn]" {
  value  = 0.0788775
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.nn" {
  value  = 0.0291203
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.report.table1" {
  value  = 0.0358106
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.samples" {
  value  = 0.136116
  better = "lower"
  abs    = 1
  rel    = 2
}
