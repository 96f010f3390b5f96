# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

fingerprint = "openblas Haswell split 2"

metric "ae.recon_bce" {
  value  = 158.845
  center = 159.817
  spread = 1.71247
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "ae_ft.recon_bce" {
  value  = 142.018
  center = 142.201
  spread = 0.248745
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "gmmn.loss" {
  value  = 0.107614
  center = 0.105872
  spread = 0.00170217
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2" {
  value  = 0.00572812
  center = 0.0053997
  spread = 0.000599764
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2_floor" {
  value  = 0.00179537
  center = 0.00189786
  spread = 9.7673e-05
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[ae_recon].mean" {
  value  = 114.393
  center = 111.802
  spread = 3.7977
  runs   = 7
  stderr = 5.75361
  better = "either"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[ae_recon].sigma" {
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

metric "ll[ae_recon].std" {
  value  = 128.655
  center = 128.553
  spread = 0.497901
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[ae_recon].stderr" {
  value  = 5.75361
  center = 5.74906
  spread = 0.0222564
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

metric "ll[gmmn_ae].mean" {
  value  = 104.615
  center = 100.805
  spread = 4.44535
  runs   = 7
  stderr = 6.07813
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[gmmn_ae].sigma" {
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

metric "ll[gmmn_ae].std" {
  value  = 135.911
  center = 132.928
  spread = 3.76873
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[gmmn_ae].stderr" {
  value  = 6.07813
  center = 5.9447
  spread = 0.168542
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "nn.nn_dist" {
  value  = 4.9971
  center = 4.74633
  spread = 0.219197
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "time.ae" {
  value  = 14.1028
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ae_ft" {
  value  = 11.4375
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.codes" {
  value  = 0.255155
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 7.49299
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gmmn" {
  value  = 42.0057
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.interp" {
  value  = 0.177488
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[ae_recon]" {
  value  = 0.842785
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[data]" {
  value  = 1.40799
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[gmmn_ae]" {
  value  = 0.197269
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.nn" {
  value  = 0.152341
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.recon" {
  value  = 2.36048
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.table1" {
  value  = 0.35145
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.samples" {
  value  = 0.337238
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
  key = "5f480e53829680ce138230b2096b174f35626c2a18fd448eb5527b4edeceb20b"
  outputs = {
    "files" = "sha256:29161334e2a7b1d13b486ded79ec3c6925eececbdd102a64304bd64be1483015"
  }
}

result "stage.ae" {
  key = "35f9f375ccb67e04b15c1b2a0a92d57ca841140c4608b74141e95db2579fd870"
  outputs = {
    "history" = "sha256:b2412a6409039fbff9a49f0b1be30fe43fc6475539fdc8ee30827df51a568390"
    "metrics" = "sha256:25e6fa5605219c1eea21bc9c233d80f7dfee9cf161ac6be1ab5d4a82cb0182a8"
    "model" = "sha256:385cdab805b3800208858fc8d079c4ac5a4a629183052c2e0eeda73c02a395df"
  }
}

result "stage.ae_ft" {
  key = "f195f1ce93c849f6787f052431b984d9d6a462de59a77fb2f966ac31da025d5d"
  outputs = {
    "history" = "sha256:aaebc6229dc72931cf5867dbb1b07e6c5fbf4b88b0bd013f411bde22d2b7293d"
    "metrics" = "sha256:7c30137c4edacbc2aafebcbbf01a04e199d3ccb93317985bd8260aebae0b1f24"
    "model" = "sha256:0015b5c8a9d4f8a49e3c594ea0a885c6c34ac5424ea32e1c0d922f6ddd9d2446"
  }
}

result "stage.codes" {
  key = "6425227583af2e9f932e0fccabad1557bc92bf1279285799cb1ad72472054c70"
  outputs = {
    "codes" = "sha256:3cc5f845250cda1332aa77e66725174415d7ccd11f88363cf2426bed920bed11"
  }
}

result "stage.gmmn" {
  key = "3379a367b45819ff2430db0d18b7e2a7b366ef0b1a18992ace14c4b3ca2dca80"
  outputs = {
    "history" = "sha256:13870c30fa3300316189aca7bc60eaca2fee677af4d9d7cf12775750be2a8820"
    "metrics" = "sha256:95228df4358076b8cbe8a89095027cb8a22803c4e03254438b0dbeb3c7baf0e2"
    "model" = "sha256:5b1dfbe2b94593864bb3f81b12bdd537bec698a94929d741ce5cc3cbe67676b4"
  }
}

result "stage.interp" {
  key = "4ac90d16caf484f05bd6cbcae603160ef635bab97d56bc60ce8c4899b315850d"
  outputs = {
    "figure" = "sha256:4fed54cab624ef5d2e0974d60c2f1097b54ca721472b12a28cc85b7a1ea14cba"
  }
}

result "stage.ll[\"ae_recon\"]" {
  key = "016654abd18489703df8605a24982d788901620bc0f62526635e55879c92b053"
  outputs = {
    "bandwidths" = "sha256:3f9956fff73830d9afea3a8cfbee5c93d8f65100e429c6d4a65325e57679c990"
    "metrics" = "sha256:005ce6c36a74e8223442327d5e14fb6196fadcc8375b87378b5090c8e4825b83"
  }
}

result "stage.ll[\"data\"]" {
  key = "f64961d9046669f9ed787483c04dc416cb7c95ca061153e873925fb6c6ce8e30"
  outputs = {
    "bandwidths" = "sha256:a9500cd37fc71a963a73c1750145a8d7b8f02d263474aa12b76101d4b918fbe4"
    "metrics" = "sha256:38a55672b95211d0475666b08c8a7cf54ecb3048405eb74450a9e050dbbecc24"
  }
}

result "stage.ll[\"gmmn_ae\"]" {
  key = "b385d0a1effd0f853a01039d6fd1c1b56d97f97ebe94a351348c4e132301281a"
  outputs = {
    "bandwidths" = "sha256:c95dff94196b3009b7f5b7296622977c66f7fa81f5ebd8264043254311566fdf"
    "metrics" = "sha256:581bdffd6a165e1be8c9b73c8b649cb37a1a6009268d119fe9d5c60c44082cf6"
  }
}

result "stage.nn" {
  key = "2d9b907871bdc4ee617a49be05e1f95d48872e5e1957a8ce2c8b5ed22b6f2bc9"
  outputs = {
    "figure" = "sha256:71a22e088fc1812dc955ed4dc1d808da3503ca9ba89ee20adb70a188f39b7dbb"
    "metrics" = "sha256:e11cc23e24c42295da3feec182047bfbe282e34beaf6ecfdb7cb286d91621318"
  }
}

result "stage.recon" {
  key = "8e7dc4b5f1f4338c2acfb83026ce70c972c26ba267baa49afcaf473c6f1df9c0"
  outputs = {
    "reconstructions" = "sha256:47aaea2563b1d4d8e439ef65df52e1006adb1d5ec39233e3d0d32a4e2bd4fe1a"
  }
}

result "stage.samples" {
  key = "2150ce7f9b6934b5274294039f21d691e0970dcc9aa3656deaf97acc2202e40e"
  outputs = {
    "samples" = "sha256:0c267ef3cf869e15bc23528e06be8d3ce2636d13ac2b01bc8e05be7a4012fd10"
  }
}
