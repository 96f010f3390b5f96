# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

fingerprint = "openblas Haswell split 2 ftz"

metric "ae.recon_bce" {
  value  = 158.845
  spread = 1.71247
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "ae_ft.recon_bce" {
  value  = 142.018
  spread = 0.248745
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "gmmn.loss" {
  value  = 0.107677
  spread = 0.00170217
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2" {
  value  = 0.00610774
  spread = 0.000599764
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "gmmn.mmd2_floor" {
  value  = 0.00179537
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

metric "ll[gmmn_ae].mean" {
  value  = 102.037
  spread = 4.44535
  runs   = 7
  stderr = 6.0291
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[gmmn_ae].sigma" {
  value  = 0.21
  spread = 0
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[gmmn_ae].std" {
  value  = 134.815
  spread = 3.76873
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[gmmn_ae].stderr" {
  value  = 6.0291
  spread = 0.168542
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "nn.nn_dist" {
  value  = 5.10989
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
  key = "68b2e81f78d4629278f2c344418c9109c2d57449bace3afff5a57d1647c3a004"
  outputs = {
    "test" = "sha256:719c9df14d43c2b7af65ba24a2c56ac6da486d3efe342460d117bceca7cf921a"
    "train" = "sha256:799b49cfde7222f823c4be6863b8282d32b9860c00cf2f6e396b10ba0630f464"
    "valid" = "sha256:64ff7dc0fadd06bcae31a5d87c2699d287add8027bfa16d3348fa72d5fb0e397"
  }
}

result "report.table1" {
  key = "9ff618296a5838aadf31f3eb7bb7703a5be0ab788fb7e3dc9e0a16ac9fc4d710"
  outputs = {
    "files" = "sha256:949612c6238a99188b670678dae0c719c6ef5a5d01eac7a24aca8e54c5f3b2d0"
  }
}

result "stage.ae" {
  key = "852150354103864b4ac5cc1b2fb674425725ac8f03c378595661424325647e15"
  outputs = {
    "history" = "sha256:b2412a6409039fbff9a49f0b1be30fe43fc6475539fdc8ee30827df51a568390"
    "metrics" = "sha256:25e6fa5605219c1eea21bc9c233d80f7dfee9cf161ac6be1ab5d4a82cb0182a8"
    "model" = "sha256:385cdab805b3800208858fc8d079c4ac5a4a629183052c2e0eeda73c02a395df"
  }
}

result "stage.ae_ft" {
  key = "23932786e09477086245a65f98a21cd6c679cef3e35f533655dc8ca9cad3bbfa"
  outputs = {
    "history" = "sha256:aaebc6229dc72931cf5867dbb1b07e6c5fbf4b88b0bd013f411bde22d2b7293d"
    "metrics" = "sha256:7c30137c4edacbc2aafebcbbf01a04e199d3ccb93317985bd8260aebae0b1f24"
    "model" = "sha256:0015b5c8a9d4f8a49e3c594ea0a885c6c34ac5424ea32e1c0d922f6ddd9d2446"
  }
}

result "stage.codes" {
  key = "ec8e0751ceb169d20eb5eca9cc38afe625e4a227e67dbd46e5227622f61e88bd"
  outputs = {
    "codes" = "sha256:3cc5f845250cda1332aa77e66725174415d7ccd11f88363cf2426bed920bed11"
  }
}

result "stage.gmmn" {
  key = "7d4e454ed17ecdca28e14e83cc5111859a4b9938b13f29883331dfcc60493eae"
  outputs = {
    "history" = "sha256:89ce84692c34558fed0a020403d3a0d212f42a0422c8c8a5f0fa3605cff6979a"
    "metrics" = "sha256:de43c334c0ed16bdafb1516c18fe11c6680e318c1fd5a99890446092808ed692"
    "model" = "sha256:f43781f8551d0e868c41dbae9229b5dadc2951a9081057687b9e6bc6fd6ae13d"
    "snapshots" = "sha256:41d2da4c882f5e4c3a242e4795e23130b3718052ccef5cf828a2df7adbb9cbcb"
  }
}

result "stage.interp" {
  key = "01665583c2215adae5ceb08cc7df96cc0a5e62700c659d0d40d324151c7396ea"
  outputs = {
    "figure" = "sha256:e988123e24d315f3b39a97b58b0885138bbc32ff6f98196d368a6499bf16c9f5"
  }
}

result "stage.ll[\"ae_recon\"]" {
  key = "cbe5bbf8009d54c4540bebb976f92616b561390162c220b4088f20515da52a6a"
  outputs = {
    "bandwidths" = "sha256:3f9956fff73830d9afea3a8cfbee5c93d8f65100e429c6d4a65325e57679c990"
    "metrics" = "sha256:005ce6c36a74e8223442327d5e14fb6196fadcc8375b87378b5090c8e4825b83"
  }
}

result "stage.ll[\"data\"]" {
  key = "84bcaf93279ddbe15c741f20deb418fdb854875d780bd4c1e6f0acf9a73b5a9a"
  outputs = {
    "bandwidths" = "sha256:a9500cd37fc71a963a73c1750145a8d7b8f02d263474aa12b76101d4b918fbe4"
    "metrics" = "sha256:38a55672b95211d0475666b08c8a7cf54ecb3048405eb74450a9e050dbbecc24"
  }
}

result "stage.ll[\"gmmn_ae\"]" {
  key = "e93d8e572ade0f7bb09e18ed6ef99e7a2cb2820edf30d031a34c66fefc65a71c"
  outputs = {
    "bandwidths" = "sha256:83dac65c9fb83f921e6c51d28d8c5e787e07a87f65b7088f253a5261da4fff62"
    "metrics" = "sha256:eea10b9f6afb33d0c644e2a86cf505a7e61ced4a2ff7281c78546c8bb0a97e19"
  }
}

result "stage.nn" {
  key = "80b2326d437e6b0d53fb9ca9cdcbb4ddd932ff174f1d3df9e2045da8fb7af45a"
  outputs = {
    "figure" = "sha256:e632741c1f9157272990ae7946f3735838a6df51d97d728179560217d3b2722f"
    "metrics" = "sha256:3a96eaa6c04fed5e3a32b04c5c68c68599853c2d483ec7f65d7a16e5891a779a"
  }
}

result "stage.recon" {
  key = "be5713c593ccdd1642f2f3ace02fbfd551673ce0f4e09703c697ffa838984c1f"
  outputs = {
    "reconstructions" = "sha256:47aaea2563b1d4d8e439ef65df52e1006adb1d5ec39233e3d0d32a4e2bd4fe1a"
  }
}

result "stage.samples" {
  key = "31d73bc5b35a1fe9d67c4b44647533fa57484d50c19fc3de41a0ffe317927e7e"
  outputs = {
    "samples" = "sha256:e1d95792fca495623e7c33f3a1bd8b1763b21d98977863ed6d2dfbe8461709ac"
  }
}
