# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

fingerprint = "openblas Haswell split 2 ftz"

metric "agree.accuracy" {
  value  = 0.1
  spread = 0.00387298
  runs   = 7
  stderr = 0.00948683
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "agree.matched" {
  value  = 0.1
  spread = 0.00454082
  runs   = 7
  stderr = 0.00948683
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "agree.purity" {
  value  = 1
  spread = 0.0299372
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
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

metric "fid.fid" {
  value  = 235.398
  spread = 12.0013
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "infogan.d_loss" {
  value  = 1.37784
  spread = 0.0466892
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "infogan.diverged" {
  value  = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "infogan.diverged_at" {
  value  = 0
  spread = 0
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "infogan.g_loss" {
  value  = 0.649857
  spread = 0.0329853
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "infogan.mi_cat" {
  value  = 2.30211
  spread = 0.00150866
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "infogan.mi_cont" {
  value  = 0.355424
  spread = 0.0139409
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "infogan.mi_loss" {
  value  = 2.65753
  spread = 0.0142379
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "is.is" {
  value  = 1.00228
  spread = 0.00500148
  runs   = 7
  stderr = 0.000358568
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "is.is_std" {
  value  = 0.000358568
  spread = 0.000705611
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "time.agree" {
  value  = 0.351384
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.clf" {
  value  = 12.0659
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.codes" {
  value  = 0.0304754
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 0.817563
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.fid" {
  value  = 0.491917
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.infogan" {
  value  = 3.95582
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.is" {
  value  = 0.310062
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.infogan" {
  value  = 0.152665
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

result "report.infogan" {
  key = "cc2cdf4616ef24ed0bef9f526c8864f2ca048fc32ad07c66e9cac13fc4d585f4"
  outputs = {
    "files" = "sha256:63be9bdb1e299c310d94fcff1abf657c86842a1f9b2194c76fddacf98b311be3"
  }
}

result "stage.agree" {
  key = "48947f4714055b5042bfd99578b8ac086ae7bd0306bcd1b3bf825a42284a33a1"
  outputs = {
    "metrics" = "sha256:4e143991a9bc482c9dc67c8c62da4101a15267a00375df73152c8984cb405e41"
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

result "stage.codes" {
  key = "c60412ecbb7d7c8667f41345502e8a101cc6572cc95a9be90daf7a87bf939525"
  outputs = {
    "figure" = "sha256:4091b905ee205308e6afb6358cae0716ea64119e72a5a5ba06a3fb46633c78ae"
  }
}

result "stage.fid" {
  key = "8aa7d819a39359839e453540d5e1244a07f8dc6b28932bdff537246b7c7f067f"
  outputs = {
    "metrics" = "sha256:188b4edab4695ffe322bd6fe4ae7cdd13ee86a979a5c852146cdcd016720906c"
  }
}

result "stage.infogan" {
  key = "8ab931460166a79b55f0106414571a0658eb4d25e96236409d7b1bf8a1dde916"
  outputs = {
    "history" = "sha256:f5b7574348ba72d4cf1a0b8e18f651ca23dcd73e31fdca684f98e6b3ca4ec4d2"
    "metrics" = "sha256:80f85acfd7a28663727e897282b50152f782966e8cf4d00fc93bd45301c802e4"
    "model" = "sha256:84b5d6a406cf688887f8dc91feeca458e7b2e9253ae45c985e4aeb3fb2c35d93"
    "prefix_samples" = "sha256:b679f0f89012db7476800cffdcc1b905cba76d076df837a42ec04b3f8a47d5ad"
    "samples" = "sha256:3acc44681abb0ea28be19e2e5fa964212cb788b9701ce0a9087436d93efaa1a8"
    "snapshots" = "sha256:b679f0f89012db7476800cffdcc1b905cba76d076df837a42ec04b3f8a47d5ad"
  }
}

result "stage.is" {
  key = "dc1d8bbdb25c83cf8e20d24c3371d016e640a0388d3f8ae19160ca4b5a8c2dd0"
  outputs = {
    "metrics" = "sha256:298f556c11cc28dac055b6dfddc042f467f9bb68ad305407738eb1da6ede0984"
  }
}
