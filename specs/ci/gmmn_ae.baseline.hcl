# ganpipe check baseline, written by -update. Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |value|).

metric "ae.recon_bce" {
  value  = 158.845
  better = "lower"
  abs    = 0
  rel    = 0.1
}

metric "ae_ft.recon_bce" {
  value  = 142.018
  better = "lower"
  abs    = 0
  rel    = 0.1
}

metric "gmmn.loss" {
  value  = 0.107614
  better = "lower"
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2" {
  value  = 0.00572812
  better = "lower"
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2_floor" {
  value  = 0.00179537
  better = "either"
  abs    = 0
  rel    = 0.1
}

# The reconstructions' score is a diagnostic (the smoothing ceiling for the
# decoded samples), not a figure to raise: either direction, 5 nats.
metric "ll[ae_recon].mean" {
  value  = 114.393
  better = "either"
  abs    = 5
  rel    = 0
}

metric "ll[ae_recon].sigma" {
  value  = 0.21
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[ae_recon].std" {
  value  = 128.655
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[ae_recon].stderr" {
  value  = 5.75361
  better = "either"
  abs    = 0.05
  rel    = 0.5
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

metric "ll[gmmn_ae].mean" {
  value  = 104.615
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[gmmn_ae].sigma" {
  value  = 0.21
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gmmn_ae].std" {
  value  = 135.911
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[gmmn_ae].stderr" {
  value  = 6.07813
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "nn.nn_dist" {
  value  = 4.9971
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "time.ae" {
  value  = 3.70018
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ae_ft" {
  value  = 3.36853
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.codes" {
  value  = 0.124346
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 1.66872
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gmmn" {
  value  = 10.7032
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.interp" {
  value  = 0.0488315
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[ae_recon]" {
  value  = 0.772551
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[data]" {
  value  = 0.345097
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[gmmn_ae]" {
  value  = 0.0705167
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.nn" {
  value  = 0.0476938
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.recon" {
  value  = 1.70786
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.report.table1" {
  value  = 0.0621362
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.samples" {
  value  = 0.126355
  better = "lower"
  abs    = 1
  rel    = 2
}
