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
  value  = 0.217882
  spread = 0.0145673
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "clf.test_accuracy" {
  value  = 0.962
  spread = 0.00499524
  runs   = 7
  stderr = 0.00855056
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
  value  = 234.054
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
  value  = 1.00234
  spread = 0.00500148
  runs   = 7
  stderr = 0.00038344
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "is.is_std" {
  value  = 0.00038344
  spread = 0.000705611
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "time.agree" {
  value  = 3.06461
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.clf" {
  value  = 53.7923
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.codes" {
  value  = 0.207292
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 4.47476
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.fid" {
  value  = 3.80694
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.infogan" {
  value  = 7.02603
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.is" {
  value  = 4.17493
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.infogan" {
  value  = 0.318811
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
  key = "03611f36fcbbc6c0e84fe39cfdf80f7000e96e68a995f12ef495ddd2cb7fbd3e"
  outputs = {
    "files" = "sha256:7c8994177cdcf7177effddaf929d720c9a014c0553e1a6cb3cd455fcbd3ff24e"
  }
}

result "stage.agree" {
  key = "6249f16b8f8f84a1a132ffdde352511e0c2555e57501df2928416e079d472504"
  outputs = {
    "metrics" = "sha256:4e143991a9bc482c9dc67c8c62da4101a15267a00375df73152c8984cb405e41"
  }
}

result "stage.clf" {
  key = "b94dc1678a6352a509baad65d4c0121b91f8e218c535790f3b9d59bec9493029"
  outputs = {
    "history" = "sha256:46e8197cb08bff63fefff9deec6dfe4ca4c393be2c6d118e5ae402d7945e2c10"
    "metrics" = "sha256:ebcaf16ba72c2125e5ddf17aacdbb849fafae76156fff4a9cdd27f964ecd2b22"
    "model" = "sha256:3aab823f221352e25e272034155ad87928f4e1dc341f98425fba7631dfdb809c"
  }
}

result "stage.codes" {
  key = "c60412ecbb7d7c8667f41345502e8a101cc6572cc95a9be90daf7a87bf939525"
  outputs = {
    "figure" = "sha256:4091b905ee205308e6afb6358cae0716ea64119e72a5a5ba06a3fb46633c78ae"
  }
}

result "stage.fid" {
  key = "fc5be8b0c153444a1a7ae8d24e2cf9bc46ed6cacfa16037ad72cc38efa88091d"
  outputs = {
    "metrics" = "sha256:2b91239bf381013a4034750a1e2d3c7dffec6eead1eac5196addb27f8aaf10d9"
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
  key = "35d4e86759faddc91f45e7322a32e6f35d73db5d94e0b02ed04b0725b1ca9e03"
  outputs = {
    "metrics" = "sha256:0baeafbe181a8c742e369d02c4f887afdad5bc1bd35d9b063275871559bda641"
  }
}
