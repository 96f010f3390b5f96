# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

fingerprint = "openblas Haswell split 2 ftz"

# along[u100] and parzen_curve.point_1 are ll[gan] again at this scale
# and recipe (the same samples, all 500 validation rows: the same number,
# bit for bit), so they carry ll[gan].mean's measured spread.
metric "along[u100].mean" {
  value  = -78.5351
  spread = 16.2678
  runs   = 7
  stderr = 4.09566
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "along[u100].sigma" {
  value  = 0.278256
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "along[u100].std" {
  value  = 91.5818
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "along[u100].stderr" {
  value  = 4.09566
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

metric "gan.d_loss" {
  value  = 1.23669
  spread = 0.0310379
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
  value  = 0.878922
  spread = 0.0346584
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

metric "ll[gan].mean" {
  value  = -78.5351
  spread = 16.2678
  runs   = 7
  stderr = 4.09566
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[gan].sigma" {
  value  = 0.278256
  spread = 0
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[gan].std" {
  value  = 91.5818
  spread = 7.85766
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[gan].stderr" {
  value  = 4.09566
  spread = 0.351407
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval.fid.fid" {
  value  = 199.797
  spread = 19.8314
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval.is.is" {
  value  = 1.45019
  spread = 0.176152
  runs   = 7
  stderr = 0.032485
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval.is.is_std" {
  value  = 0.032485
  spread = 0.0120445
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval.pr.precision" {
  value  = 0.572
  spread = 0.173272
  runs   = 7
  stderr = 0.0156466
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

metric "nn.nn_dist" {
  value  = 6.45393
  spread = 0.568677
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "parzen_curve.point_1" {
  value  = -78.5351
  spread = 16.2678
  runs   = 7
  stderr = 4.09566
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "parzen_curve.x_1" {
  value  = 300
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "time.along[u100]" {
  value  = 0.124012
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.clf" {
  value  = 13.9226
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 0.828886
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan" {
  value  = 28.4922
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[data]" {
  value  = 0.189606
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[gan]" {
  value  = 0.134909
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.fid" {
  value  = 0.673288
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.is" {
  value  = 0.473819
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.pr" {
  value  = 0.909242
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.nn" {
  value  = 0.0158832
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.parzen_curve" {
  value  = 0.0176073
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.classifier_metrics" {
  value  = 0.00115349
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.table1" {
  value  = 0.130767
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
  key = "fc8cc5a28fa479e87824b3db95a25e34eb43ab29b530a2fd5b634a2efcf6e7cb"
  outputs = {
    "metrics" = "sha256:0e8adf7e8297b2ff2d1dc99a69c42c08172a49054dacf9f7cc8b2eb70541e525"
  }
}

result "module.eval.stage.is" {
  key = "6c000fbb45ceb8e9219e2cfd683f1566c4c1ce444ed63ed80458625fc41180cc"
  outputs = {
    "metrics" = "sha256:31b46dcbcdc0086af5ebfb4319c5f760723e85272cfccd4e4a3d129190c1bf6d"
  }
}

result "module.eval.stage.pr" {
  key = "d277c9bba0c686333c9e59e2cac723a12504e440057c423d439199224b253061"
  outputs = {
    "metrics" = "sha256:81c05aec9ccb40c30392d45fdc6ad68f788b69093bafb42632bb604a1378eae9"
  }
}

result "report.classifier_metrics" {
  key = "21d3ca218a8acce4075cbeca72f39dfdeadb4fa3dc8d6886eb97126fd9f065f6"
  outputs = {
    "files" = "sha256:ffbbe8b4abb8e9966fc5486878ecf50703e84c79283e3bd992c012b050e4f81a"
  }
}

result "report.table1" {
  key = "e09f55a4142bed131c21af7097f6bc2977edc58d20d7f83819e39446d8f68e69"
  outputs = {
    "files" = "sha256:44a34839dcf16fd0baaba742fe3361839dc5828209095917f0990d1dacc05afb"
  }
}

result "stage.along[\"u100\"]" {
  key = "c7e6dadea699eb4d7edbca21b386a37740fe9c86c672488a5acc74d7bf19ab35"
  outputs = {
    "bandwidths" = "sha256:0e13dac234362dbd8dbd5dc082ea85489503f8ef70066683627892f0b6718ac0"
    "metrics" = "sha256:011e4bbb758aac135ca79727ed18282a93f9295fcfe14c41b20f5947c5d47cf8"
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
  key = "e910d556fb3931495df4a9ad747e5d5c5feb7e7851a763c63b08c5aa18b75610"
  outputs = {
    "history" = "sha256:9efd3b3b71354f9c1ffb72313cae76e02badc91d3fc38fcb6d2fbafd8f5d213d"
    "metrics" = "sha256:1f60115b9f4bd5ea688cfc8f42e52861293271e1e1ee7c5ebb6f9fb5dafaf1f1"
    "model" = "sha256:b0445dce7dcb33aeaff04677d26f251ea4c2ee14848367314eb63eafcd2906dd"
    "prefix_samples" = "sha256:f5087ff6e6b1d6cf9e94dff712f3fdb8914b0704f80c1ef9c19f40e0dedf0f35"
    "samples" = "sha256:63ed0f4c442468c42fea2ed0963567a27b0a8bc6e7f625cd7d6ced221cbad893"
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

result "stage.ll[\"gan\"]" {
  key = "fbbde91b2ba0143cd206891d0dc0159fff5708e38cbc1ff8df46c41ae442d1e6"
  outputs = {
    "bandwidths" = "sha256:e6fcc17fa879a8f3625525ad7fa4f02af4c22e3a8de940613691f892f6fae11f"
    "metrics" = "sha256:ad57238c88eb29ad0f7c5641ae096b35ce43e01322002bdd9695a4b25ee30e88"
  }
}

result "stage.nn" {
  key = "34532f57f37e119792b9e1470c8dd93304952b3d2c8ebbf7c698a76f27fd8929"
  outputs = {
    "figure" = "sha256:2f7331b71a689635ab001074def46db6635051e663b72c40c1c19073ff279ef5"
    "metrics" = "sha256:6f6de1466dfdd009c1940679514e35af1197f2b6364e7af881d1f4bdb90d9f6d"
  }
}

result "stage.parzen_curve" {
  key = "0aee96a8a8baa7eaf6d638da38e1e06fef709d1876371341bc46354e5c3ba447"
  outputs = {
    "figure" = "sha256:d315f4269c5614a68329a216d6bcdf0bdcb7c8d71bbaaa001ff5094d6e657101"
    "metrics" = "sha256:9d9a8c50d12d45f6ceaf3aa7de6f1e5ee15b2cddae73a1a8d86b0789e394406e"
  }
}
