# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

fingerprint = "openblas Haswell split 2"

metric "gmmn.loss" {
  value  = 0.439408
  center = 0.466316
  spread = 0.0594904
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2" {
  value  = 0.174471
  center = 0.201687
  spread = 0.0565454
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2_floor" {
  value  = 0.00964598
  center = 0.00968639
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
  center = 107.218
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
  center = 0.21
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
  center = 164.351
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
  center = 7.34998
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
  center = -217.561
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
  center = 0.29
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
  center = 143.128
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
  center = 6.40087
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
  center = 8.73496
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
  key = "446ccb76efb410cf85ace76c79dd1898b81e75ba895903ba3a9c191a1fee8761"
  outputs = {
    "test" = "sha256:719c9df14d43c2b7af65ba24a2c56ac6da486d3efe342460d117bceca7cf921a"
    "train" = "sha256:799b49cfde7222f823c4be6863b8282d32b9860c00cf2f6e396b10ba0630f464"
    "valid" = "sha256:64ff7dc0fadd06bcae31a5d87c2699d287add8027bfa16d3348fa72d5fb0e397"
  }
}

result "report.table1" {
  key = "437ad156258a5c1c385f47f5824c9bcd26d63b2442caa1ea71b5756de586d05c"
  outputs = {
    "files" = "sha256:e3e2239c558b570591485563e8a00a0701caa507597239bdd51fd4b641b30934"
  }
}

result "stage.gmmn" {
  key = "730e56d19fbd0ca9ef8456bfd8669905dfb7fb4cd5c114cafd89e46ad16b0caa"
  outputs = {
    "history" = "sha256:d842ae6c07992abc5c590c218b0fb5e77ecd6ed6e131ecc0970bc7904c2799a6"
    "metrics" = "sha256:90d631e65fc1b8cf764938114abf4b2ef2d13b19f74a92f0672a697d1f107458"
    "model" = "sha256:0e2f1160572ae180d59be27623875deffc5416d092e6b020bb9b058fa8e22ffd"
  }
}

result "stage.interp" {
  key = "840645ae89c70348cc8a8ca55bb8586967046f79b223eac850697a41c0bf5a00"
  outputs = {
    "figure" = "sha256:c03d383699f845df5923eb94bd8d69399c1f93f88cef54c413a2700d333594f1"
  }
}

result "stage.ll[\"data\"]" {
  key = "f64961d9046669f9ed787483c04dc416cb7c95ca061153e873925fb6c6ce8e30"
  outputs = {
    "bandwidths" = "sha256:a9500cd37fc71a963a73c1750145a8d7b8f02d263474aa12b76101d4b918fbe4"
    "metrics" = "sha256:38a55672b95211d0475666b08c8a7cf54ecb3048405eb74450a9e050dbbecc24"
  }
}

result "stage.ll[\"gmmn\"]" {
  key = "fa116cdccb6b465e90116b93916e60fbd9a339d11b4dd1d247c88ff5ac8af874"
  outputs = {
    "bandwidths" = "sha256:c5fdd6530e1fa3fea3324d5470aaa91c61a39f991cdce40b3bc45a48779a45f3"
    "metrics" = "sha256:06931eb10e49881ae23f5f33357b9b1322f3be11f870cd05680b90b13d8c9b9e"
  }
}

result "stage.nn" {
  key = "4fb5407a2883b35645a7c556751921dc5da33ceacb18dc1c59bfac9147188d95"
  outputs = {
    "figure" = "sha256:fe2b0e4fdaed91867f0da4b2a500bc3e5713d760321d25737c781b8b49a04d33"
    "metrics" = "sha256:ae3d9d04d400cf4f6191260db7776cfaab773af23e4aebc8063589240ec20347"
  }
}

result "stage.samples" {
  key = "3c7f7830afd74e89b6f03130007abf0b329db0d90bafa7ebf0a538b29d2c6801"
  outputs = {
    "samples" = "sha256:a726c738c649605134609045b0d5abad1f523f5ce5f1e1dda9ef0df0a7ebe063"
  }
}
