# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

fingerprint = "openblas Haswell split 2 ftz"

metric "gmmn.loss" {
  value  = 0.439408
  spread = 0.0594904
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2" {
  value  = 0.174471
  spread = 0.0565454
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2_floor" {
  value  = 0.00964598
  spread = 0.000227776
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[data].mean" {
  value  = 104.009
  spread = 3.1425
  runs   = 7
  stderr = 7.38989
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[data].sigma" {
  value  = 0.21
  spread = 0
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[data].std" {
  value  = 165.243
  spread = 0.973014
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[data].stderr" {
  value  = 7.38989
  spread = 0.043513
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[gmmn].mean" {
  value  = -213.003
  spread = 8.91298
  runs   = 7
  stderr = 6.64245
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[gmmn].sigma" {
  value  = 0.29
  spread = 0
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[gmmn].std" {
  value  = 148.53
  spread = 4.73578
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[gmmn].stderr" {
  value  = 6.64245
  spread = 0.211794
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "nn.nn_dist" {
  value  = 8.74184
  spread = 0.40439
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "time.dataset.data" {
  value  = 5.99123
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gmmn" {
  value  = 72.7971
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.interp" {
  value  = 0.743236
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[data]" {
  value  = 0.792396
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[gmmn]" {
  value  = 0.294789
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.nn" {
  value  = 0.0840973
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.table1" {
  value  = 0.246641
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.samples" {
  value  = 1.10429
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

result "dataset.data" {
  key = "68b2e81f78d4629278f2c344418c9109c2d57449bace3afff5a57d1647c3a004"
  outputs = {
    "test" = "sha256:719c9df14d43c2b7af65ba24a2c56ac6da486d3efe342460d117bceca7cf921a"
    "train" = "sha256:799b49cfde7222f823c4be6863b8282d32b9860c00cf2f6e396b10ba0630f464"
    "valid" = "sha256:64ff7dc0fadd06bcae31a5d87c2699d287add8027bfa16d3348fa72d5fb0e397"
  }
}

result "report.table1" {
  key = "fb34080e31a8570db0d5f325bf51f86b25d3897c2ea2e598027b3b8b9d0a3256"
  outputs = {
    "files" = "sha256:e3e2239c558b570591485563e8a00a0701caa507597239bdd51fd4b641b30934"
  }
}

result "stage.gmmn" {
  key = "a5851affcb4bfb1a093914b9105fbbb1b198dd09aeed0a308a2e79d89f05f65a"
  outputs = {
    "history" = "sha256:d842ae6c07992abc5c590c218b0fb5e77ecd6ed6e131ecc0970bc7904c2799a6"
    "metrics" = "sha256:90d631e65fc1b8cf764938114abf4b2ef2d13b19f74a92f0672a697d1f107458"
    "model" = "sha256:0e2f1160572ae180d59be27623875deffc5416d092e6b020bb9b058fa8e22ffd"
    "snapshots" = "sha256:f9625344646d6123f80bff5ca33a4f8ae61fde4187325101607d684ee494dede"
  }
}

result "stage.interp" {
  key = "fc2fe2e0d8fdac83fbf83075897b50891748f1e76c82e364ff680ed39994aceb"
  outputs = {
    "figure" = "sha256:c03d383699f845df5923eb94bd8d69399c1f93f88cef54c413a2700d333594f1"
  }
}

result "stage.ll[\"data\"]" {
  key = "84bcaf93279ddbe15c741f20deb418fdb854875d780bd4c1e6f0acf9a73b5a9a"
  outputs = {
    "bandwidths" = "sha256:a9500cd37fc71a963a73c1750145a8d7b8f02d263474aa12b76101d4b918fbe4"
    "metrics" = "sha256:38a55672b95211d0475666b08c8a7cf54ecb3048405eb74450a9e050dbbecc24"
  }
}

result "stage.ll[\"gmmn\"]" {
  key = "fc43766ac510ba018f965b1cfb7f87d92e61558d09ffe9ac1d206460aafaa4f9"
  outputs = {
    "bandwidths" = "sha256:c5fdd6530e1fa3fea3324d5470aaa91c61a39f991cdce40b3bc45a48779a45f3"
    "metrics" = "sha256:06931eb10e49881ae23f5f33357b9b1322f3be11f870cd05680b90b13d8c9b9e"
  }
}

result "stage.nn" {
  key = "e35b7737f558897310d074915b355919df426c808a701f6b095bc72ff130040c"
  outputs = {
    "figure" = "sha256:fe2b0e4fdaed91867f0da4b2a500bc3e5713d760321d25737c781b8b49a04d33"
    "metrics" = "sha256:ae3d9d04d400cf4f6191260db7776cfaab773af23e4aebc8063589240ec20347"
  }
}

result "stage.samples" {
  key = "18e8577f90508ceb6e96b9b28b13196ca53f106ccf5e9188e9747fbca9303c90"
  outputs = {
    "samples" = "sha256:a726c738c649605134609045b0d5abad1f523f5ce5f1e1dda9ef0df0a7ebe063"
  }
}
