# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

fingerprint = "openblas Haswell split 2 ftz"

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

metric "gan.d_loss" {
  value  = 0.0740447
  spread = 0.0269868
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan.diverged" {
  value  = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan.diverged_at" {
  value  = 0
  spread = 0
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan.g_loss" {
  value  = 4.26796
  spread = 0.345652
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[data].mean" {
  value  = 103.515
  spread = 2.98563
  runs   = 7
  stderr = 7.02118
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[data].sigma" {
  value  = 0.215443
  spread = 2.99794e-17
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[data].std" {
  value  = 156.998
  spread = 0.924221
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[data].stderr" {
  value  = 7.02118
  spread = 0.0413331
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[dcgan].mean" {
  value  = -15.2305
  spread = 24.9911
  runs   = 7
  stderr = 3.40286
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[dcgan].sigma" {
  value  = 0.278256
  spread = 0.0306496
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[dcgan].std" {
  value  = 76.0903
  spread = 24.3002
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[dcgan].stderr" {
  value  = 3.40286
  spread = 1.08673
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval.fid.fid" {
  value  = 97.2126
  spread = 20.3268
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval.is.is" {
  value  = 2.30823
  spread = 0.445206
  runs   = 7
  stderr = 0.0979233
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval.is.is_std" {
  value  = 0.0979233
  spread = 0.035755
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval.pr.precision" {
  value  = 0.813
  spread = 0.0915715
  runs   = 7
  stderr = 0.0123301
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval.pr.recall" {
  value  = 0.002
  spread = 0.00106904
  runs   = 7
  stderr = 0.001998
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "nn.nn_dist" {
  value  = 6.33001
  spread = 0.225171
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "time.clf" {
  value  = 16.8664
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 0.760538
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan" {
  value  = 29.1097
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[data]" {
  value  = 0.28704
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[dcgan]" {
  value  = 0.178767
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.fid" {
  value  = 0.581945
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.is" {
  value  = 0.404638
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.pr" {
  value  = 0.963751
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.nn" {
  value  = 0.0168357
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.dcgan" {
  value  = 0.174481
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
  key = "3839b9a87370649a5e9b3a1bcd761527a04c8344d3936736afa4eef598333661"
  outputs = {
    "metrics" = "sha256:c5baa1cca663a4e7dad0a6770488aaf22d7d34743078060c606bdc0d96a01a11"
  }
}

result "module.eval.stage.is" {
  key = "d56ed2aebb1d5e23485bb37d7e3f6c85b78a4a517a7263f76d8d2341cc8ed397"
  outputs = {
    "metrics" = "sha256:cb503d247a93381f21f219f352f1f69cad33978bf967db494042a979caf7aa4c"
  }
}

result "module.eval.stage.pr" {
  key = "67b999d20bb6f888f4a13c958b844577b7fcf72f4e3e27895220a92b7f99ab50"
  outputs = {
    "metrics" = "sha256:bf591c031d8454a249dcbba490504702146ed91fea04ff8074cd17d1b4ce0dbd"
  }
}

result "report.dcgan" {
  key = "8a0253ff196660896ad673e40c1b464f5182fa4f5a1a2db77eb7a2f7546571db"
  outputs = {
    "files" = "sha256:cfb37116df2f6a389b69d59a4e615d0e6385acf2cef08064c5ca227c9764d35b"
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

result "stage.gan" {
  key = "83670866df63a2215ff09edba65bf3fe071f30486ec1d46d78293670a7436709"
  outputs = {
    "history" = "sha256:6f4a8c2bf23a2220396b571f2ff43121159cd7edd91a5a83627dc4e0c25ed12f"
    "metrics" = "sha256:fe53d69c10dd3612fad86fc1c84bd5e480af794263f5187db8f9540aa840a31b"
    "model" = "sha256:cf2ac478a90952520f708529b1bacd1872b8bd2280efa83b278d4b2fb3a3a2b6"
    "prefix_samples" = "sha256:f5087ff6e6b1d6cf9e94dff712f3fdb8914b0704f80c1ef9c19f40e0dedf0f35"
    "samples" = "sha256:06a5f2c22cecb67a867211232b3d47ab92bf6ad60c1013034e547662fd3d83c9"
    "snapshots" = "sha256:f5087ff6e6b1d6cf9e94dff712f3fdb8914b0704f80c1ef9c19f40e0dedf0f35"
  }
}

result "stage.ll[\"data\"]" {
  key = "ce76bdd14d89e6d08ea91f37555a51c9f3a78c6b539e02b04d1eadfeff88190d"
  outputs = {
    "bandwidths" = "sha256:cc5d74d2d899a4205c91b0f27f58702a74eed82f13527efce1eee5b9eef1c7a2"
    "metrics" = "sha256:1d234b1f74d7b0e6ce118932d7be7bf28f20314306ee80cdfe0b6b0d5c2d4e8e"
  }
}

result "stage.ll[\"dcgan\"]" {
  key = "59b8714e7a67148dd95ddf24462d91b7249e719098ab6ad268fd717ae52880f6"
  outputs = {
    "bandwidths" = "sha256:4ecec4604b8bbf283bd2eb4dff84b3d011d30fc6d88971b02920146203c9fbf2"
    "metrics" = "sha256:9170bb0f97f9907399d7145b609bc74ea1118bf28569e44da55baa0dbb065d4f"
  }
}

result "stage.nn" {
  key = "302e28deedf287d27071191eaed8cf7e46c4b6a7b4a10836f76611586122d031"
  outputs = {
    "figure" = "sha256:6e4b4d559f811d2545aad7f7daf492ff888ef7c34e7934633aae5820a9e7233c"
    "metrics" = "sha256:5c41df8b62a47c246559cff8cee33511ac6984d977563641c2538e296f54ecd8"
  }
}
