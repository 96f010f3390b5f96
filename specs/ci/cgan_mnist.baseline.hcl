# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

fingerprint = "openblas Haswell split 2 ftz"

metric "agree.accuracy" {
  value  = 0.1
  spread = 0.00315474
  runs   = 7
  stderr = 0.00948683
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "agree.matched" {
  value  = 0.101
  spread = 0.00698638
  runs   = 7
  stderr = 0.00952885
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "agree.purity" {
  value  = 0.999
  spread = 0.131823
  runs   = 7
  stderr = 0.0009995
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cgan.d_loss" {
  value  = 1.38455
  spread = 0.0144802
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cgan.diverged" {
  value  = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "cgan.diverged_at" {
  value  = 0
  spread = 0
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cgan.g_loss" {
  value  = 0.665896
  spread = 0.00275413
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "clf.loss" {
  value  = 0.21925
  spread = 0.0145673
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "clf.test_accuracy" {
  value  = 0.956
  spread = 0.00499524
  runs   = 7
  stderr = 0.00917213
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "clf.train_accuracy" {
  value  = 0.9915
  spread = 0.00248088
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll.mean" {
  value  = -153.466
  spread = 20.5906
  runs   = 7
  stderr = 2.31235
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll.sigma" {
  value  = 0.278256
  spread = 0
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll.std" {
  value  = 51.7057
  spread = 10.5133
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll.stderr" {
  value  = 2.31235
  spread = 0.470171
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval.fid.fid" {
  value  = 217.852
  spread = 14.5952
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval.is.is" {
  value  = 1.00498
  spread = 0.00201802
  runs   = 7
  stderr = 0.00100292
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval.is.is_std" {
  value  = 0.00100292
  spread = 0.000143449
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval.pr.precision" {
  value  = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval.pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "time.agree" {
  value  = 0.398393
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cgan" {
  value  = 3.93978
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.clf" {
  value  = 12.1253
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 0.787633
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.grid" {
  value  = 0.0192209
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll" {
  value  = 0.331838
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.fid" {
  value  = 0.7625
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.is" {
  value  = 0.414558
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.pr" {
  value  = 0.907841
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.cgan" {
  value  = 0.113775
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

result "module.eval.stage.fid" {
  key = "33427ffbb5e612bd45a3a67d21aad27b09e9b4ddb033068016e924c1fa9f7396"
  outputs = {
    "metrics" = "sha256:baa57e5a00c3317d7dfb057cf3a211b9e5249c372b31a5d11ef9ca300d7a4e55"
  }
}

result "module.eval.stage.is" {
  key = "a609abe6b188771cefad6123503d37d96bb60d1ed801dd8ea486d6804d8f2a11"
  outputs = {
    "metrics" = "sha256:1250bef7e1de96ef99a5bd1a1afc3952700e4539a95d9497bc9ea28629208067"
  }
}

result "module.eval.stage.pr" {
  key = "af611fbaf4a866af84c8771d01a7701151be84c719fad400f3565474e21ccf1d"
  outputs = {
    "metrics" = "sha256:c87cae287bf77a595ea0618d41bc34d8f0235f1147eb07d8dbd9cd11fba9d43e"
  }
}

result "report.cgan" {
  key = "9fd268aab1ddb86e1af2944736985ece178d1b152302ec78469611cbebbb6414"
  outputs = {
    "files" = "sha256:84dab8716fec5411a450c344c46441be13774ac7fc0484d3bc104d497330b014"
  }
}

result "stage.agree" {
  key = "68ba06a74860f105a00abebf793676329a415300f6ba52b30d44844e76765154"
  outputs = {
    "metrics" = "sha256:22a8e8d44448755e7bb406b53979c4a483363f0151cd8ca23cccee2f370969ac"
  }
}

result "stage.cgan" {
  key = "e2ff048a2c02c7d78e5674f6b2847c2c545e5ab58d55c9e1ef1445da834f1267"
  outputs = {
    "history" = "sha256:7646ccd0ba94e81eaac750d933ea1e1290513040c81926bb1311c22bb12d7445"
    "metrics" = "sha256:4fc2795d5aaafb7f65dad16997201dd675406eddd08b03eaf26de0eb5d84f843"
    "model" = "sha256:eb7e9f674d05f297efb41a2843af6d4e7cc1e6a9ab00ac18abd828d873978bc5"
    "prefix_samples" = "sha256:677b2143a63d3c08bf8de55f33ecbe10aedd6a562d97a7b5321d0b7dc15211bf"
    "samples" = "sha256:2444da277ae378619397d27016505fcfd8d38ee70241e0d0f32a67c96cda2694"
    "snapshots" = "sha256:677b2143a63d3c08bf8de55f33ecbe10aedd6a562d97a7b5321d0b7dc15211bf"
  }
}

result "stage.clf" {
  key = "d79dbc4af6cb2bc3e9ca55baf576993749eca1d23d04f0756b5e927fdc03fcfa"
  outputs = {
    "history" = "sha256:47c42cac12586afb406c1d7402f55da69a3a4f906efae3cca3519b42c7363b47"
    "metrics" = "sha256:256a7d203670b26d75cd8e06826e6cf426c7be42aebb36ef3b49c28bf08d7782"
    "model" = "sha256:633e7134f26de37059fdbb4b1c8cac201d1e9affe6c4dae578e7851ac90cec55"
  }
}

result "stage.grid" {
  key = "cf2cfc3b3634ab630ef20bd533544f6b949d9f968ae2abaaec3c66edbcb22fed"
  outputs = {
    "figure" = "sha256:20d33bdeba1eee052714e2399cff18ecf4e36cdf60141257472b7a1eaff0a56d"
  }
}

result "stage.ll" {
  key = "d848bba578e4f90472ca3b5d029dcd68769b5f42fc35ffa9629c4d52f13f9663"
  outputs = {
    "bandwidths" = "sha256:9f6919fa8d39759a77bfef152a2fce39504c36e1880f39a934fbade3a0c26e03"
    "metrics" = "sha256:9883faf9b3c934a6961dc581ee89bb25ab1b1037cd71a178f105b43796477ff9"
  }
}
