# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

fingerprint = "openblas Haswell split 2"

metric "clf.loss" {
  value  = 0.217882
  center = 0.20322
  spread = 0.0145673
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "clf.test_accuracy" {
  value  = 0.962
  center = 0.963429
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
  center = 0.989214
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
  center = 1.22816
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
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan.diverged_at" {
  value  = 0
  center = 0
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
  center = 0.891572
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
  center = 106.564
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
  center = 0.215443
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
  center = 156.151
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
  center = 6.98327
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
  center = -77.7954
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
  center = 0.278256
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
  center = 82.5416
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
  center = 3.69137
  spread = 0.351407
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval.fid.fid" {
  value  = 198.441
  center = 212.917
  spread = 19.8314
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval.is.is" {
  value  = 1.43312
  center = 1.22552
  spread = 0.176152
  runs   = 7
  stderr = 0.0313085
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval.is.is_std" {
  value  = 0.0313085
  center = 0.0177412
  spread = 0.0120445
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval.pr.precision" {
  value  = 0.584
  center = 0.890429
  spread = 0.173272
  runs   = 7
  stderr = 0.0155867
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval.pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "nn.nn_dist" {
  value  = 6.45393
  center = 6.54556
  spread = 0.568677
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "time.clf" {
  value  = 128.58
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 6.7246
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan" {
  value  = 143.083
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[data]" {
  value  = 1.45621
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[gan]" {
  value  = 0.227388
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.fid" {
  value  = 2.82037
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.is" {
  value  = 2.62982
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.pr" {
  value  = 4.68399
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.nn" {
  value  = 0.330406
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.classifier_metrics" {
  value  = 0.00586929
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.table1" {
  value  = 0.182531
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

result "module.eval.stage.fid" {
  key = "16e3562cc579c9e2babdb858de00b028d6aaf62090ac97ee5e757936da4d0742"
  outputs = {
    "metrics" = "sha256:35aa17074ba109591accfc3c36d39c1aabb47f663e8d00704686e984e5d2c15a"
  }
}

result "module.eval.stage.is" {
  key = "83e9efe1a4132e3e39a2d9629fd8d7345264874f92818e5693b68f98dfddb67b"
  outputs = {
    "metrics" = "sha256:1c6cf688777c71903fdcc7cd42b48278cf36df3277db8755d7af2ea6e060bbf4"
  }
}

result "module.eval.stage.pr" {
  key = "f5b10f822ffea92437ea1d3fc1159cf63c09e0886e744e6e06ebb8353b2be6b5"
  outputs = {
    "metrics" = "sha256:d0ef032e04634c5ffa73f72219b649117c0154f1cda395a17a3633e1fe9d83e6"
  }
}

result "report.classifier_metrics" {
  key = "66e5735e3f40453247cf39f1b0c5c7d8859d5e932bec261999f1ef1e789df7a4"
  outputs = {
    "files" = "sha256:57eded61f459e64c3130f95db03616fa78bd947620f51ce4de7ca6ef7da1375d"
  }
}

result "report.table1" {
  key = "cea787339851112d6714196652b192b52a02520dda39a4b679bce10c458aff5d"
  outputs = {
    "files" = "sha256:acd1a9d76b90dde3e1ad0b550fdaf0bf681eafba1a058ca6d5711f45c0461de6"
  }
}

result "stage.clf" {
  key = "edb69abb366f50355f56f48517df35ec745bb3b1aca3d9c56bae4e2ff20e87ec"
  outputs = {
    "history" = "sha256:46e8197cb08bff63fefff9deec6dfe4ca4c393be2c6d118e5ae402d7945e2c10"
    "metrics" = "sha256:ebcaf16ba72c2125e5ddf17aacdbb849fafae76156fff4a9cdd27f964ecd2b22"
    "model" = "sha256:3aab823f221352e25e272034155ad87928f4e1dc341f98425fba7631dfdb809c"
  }
}

result "stage.gan" {
  key = "096e6f4f52c58200d09ba05933c17e3f11fa792359ccbe568b3ba8aa9e7dd3ca"
  outputs = {
    "history" = "sha256:9efd3b3b71354f9c1ffb72313cae76e02badc91d3fc38fcb6d2fbafd8f5d213d"
    "metrics" = "sha256:1f60115b9f4bd5ea688cfc8f42e52861293271e1e1ee7c5ebb6f9fb5dafaf1f1"
    "model" = "sha256:b0445dce7dcb33aeaff04677d26f251ea4c2ee14848367314eb63eafcd2906dd"
    "samples" = "sha256:63ed0f4c442468c42fea2ed0963567a27b0a8bc6e7f625cd7d6ced221cbad893"
  }
}

result "stage.ll[\"data\"]" {
  key = "244ac7a020e00ba50830bb3fd0c79a7e4b3951848d6f8a3d7c52b8ccf3412163"
  outputs = {
    "bandwidths" = "sha256:cc5d74d2d899a4205c91b0f27f58702a74eed82f13527efce1eee5b9eef1c7a2"
    "metrics" = "sha256:1d234b1f74d7b0e6ce118932d7be7bf28f20314306ee80cdfe0b6b0d5c2d4e8e"
  }
}

result "stage.ll[\"gan\"]" {
  key = "96f5823969183eb7ab2a67915432e73720f686bde7c9d9e5bc78b5fddeebffed"
  outputs = {
    "bandwidths" = "sha256:e6fcc17fa879a8f3625525ad7fa4f02af4c22e3a8de940613691f892f6fae11f"
    "metrics" = "sha256:ad57238c88eb29ad0f7c5641ae096b35ce43e01322002bdd9695a4b25ee30e88"
  }
}

result "stage.nn" {
  key = "6872ee6e134a3b133d9553914d5c2e27a9a9056d097c924cd522ecc0490f06b4"
  outputs = {
    "figure" = "sha256:2f7331b71a689635ab001074def46db6635051e663b72c40c1c19073ff279ef5"
    "metrics" = "sha256:6f6de1466dfdd009c1940679514e35af1197f2b6364e7af881d1f4bdb90d9f6d"
  }
}
