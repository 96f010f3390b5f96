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
  value  = 0.111
  spread = 0.00698638
  runs   = 7
  stderr = 0.00993373
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "agree.purity" {
  value  = 0.855
  spread = 0.131823
  runs   = 7
  stderr = 0.0111344
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
  value  = 215.551
  spread = 14.5952
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval.is.is" {
  value  = 1.00474
  spread = 0.00201802
  runs   = 7
  stderr = 0.000961426
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval.is.is_std" {
  value  = 0.000961426
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
  value  = 1.68929
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cgan" {
  value  = 7.5236
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.clf" {
  value  = 44.0481
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 2.03583
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.grid" {
  value  = 0.136442
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll" {
  value  = 0.546546
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.fid" {
  value  = 2.46108
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.is" {
  value  = 2.23845
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval.pr" {
  value  = 2.26113
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.cgan" {
  value  = 0.261026
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
  key = "8c6ca75a14e03314a6f14675e8192d433c24a4e3ce21921d65c5180a65150379"
  outputs = {
    "metrics" = "sha256:f5b80a0803687c260975ae47c3f9722805f5480139c42b82d073a46bc842cdd8"
  }
}

result "module.eval.stage.is" {
  key = "d7ad4371936805b867253a0c4ff8b849d5f21865ed2aaa614d7cc99b96feb086"
  outputs = {
    "metrics" = "sha256:1fbca0d87bb950e1302a3bfc4bbcd061223d690741b4d7a2a30ec4bc8a061b5d"
  }
}

result "module.eval.stage.pr" {
  key = "9814735d7881f31d5a581a48699bec9a33136a45cd0f4f8f417831731ce557c7"
  outputs = {
    "metrics" = "sha256:c87cae287bf77a595ea0618d41bc34d8f0235f1147eb07d8dbd9cd11fba9d43e"
  }
}

result "report.cgan" {
  key = "dc85e0c96f5d3cb3aed1e302dba5dad99b196997338195f8686084ca7a66e37e"
  outputs = {
    "files" = "sha256:1d52fbefdfa059a4504870d026eac1c5f4096a64ebfb41e352e9f2663a0e758c"
  }
}

result "stage.agree" {
  key = "6b15a4c311fdd3e2a7d0e2d10a49e7d8109ba7bdc307e42cfe48980ed249c1f5"
  outputs = {
    "metrics" = "sha256:e77bcce9f071e4037f6c284e6d8347abb6013872a7b2f134f05e96a2ce39ad5f"
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
  key = "b94dc1678a6352a509baad65d4c0121b91f8e218c535790f3b9d59bec9493029"
  outputs = {
    "history" = "sha256:46e8197cb08bff63fefff9deec6dfe4ca4c393be2c6d118e5ae402d7945e2c10"
    "metrics" = "sha256:ebcaf16ba72c2125e5ddf17aacdbb849fafae76156fff4a9cdd27f964ecd2b22"
    "model" = "sha256:3aab823f221352e25e272034155ad87928f4e1dc341f98425fba7631dfdb809c"
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
