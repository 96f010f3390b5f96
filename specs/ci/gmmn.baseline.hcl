# ganpipe check baseline, written by -update. Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |value|).

metric "gmmn.loss" {
  value  = 0.635961
  better = "lower"
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2" {
  value  = 0.39944
  better = "lower"
  abs    = 0
  rel    = 0.1
}

metric "ll[data].mean" {
  value  = 100.749
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
  value  = 167.173
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[data].stderr" {
  value  = 7.47623
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gmmn].mean" {
  value  = -278.142
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
  value  = 127
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gmmn].stderr" {
  value  = 5.6796
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "nn.nn_dist" {
  value  = 10.1207
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "time.dataset.data" {
  value  = 2.15112
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gmmn" {
  value  = 24.6018
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.interp" {
  value  = 0.170817
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[data]" {
  value  = 0.3782
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[gmmn]" {
  value  = 0.088752
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.nn" {
  value  = 0.0219876
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.report.table1" {
  value  = 0.0424636
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.samples" {
  value  = 0.183718
  better = "lower"
  abs    = 1
  rel    = 2
}
