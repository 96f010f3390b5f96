# ganpipe check baseline, written by -update. Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |value|).

metric "clf.loss" {
  value  = 0.217882
  better = "lower"
  abs    = 0
  rel    = 0.1
}

metric "clf.test_accuracy" {
  value  = 0.962
  better = "higher"
  abs    = 0.01
  rel    = 0
}

metric "clf.train_accuracy" {
  value  = 0.9915
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "fid[loss fgan gan].fid" {
  value  = 226.367
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[loss fgan hellinger].fid" {
  value  = 228.998
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[loss fgan js].fid" {
  value  = 223.768
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[loss fgan kl].fid" {
  value  = 217.012
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[loss fgan pearson].fid" {
  value  = 223.865
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[loss fgan reverse_kl].fid" {
  value  = 216.043
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[loss minimax].fid" {
  value  = 224.703
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[loss nonsaturating].fid" {
  value  = 226.591
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[loss wgan].fid" {
  value  = 251.707
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[loss wgan_gp].fid" {
  value  = 252.492
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[trick feature matching].fid" {
  value  = 223.084
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[trick historical avg].fid" {
  value  = 227.321
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[trick instance noise].fid" {
  value  = 227.618
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[trick label smoothing 0.9].fid" {
  value  = 230.023
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[trick minibatch discrim].fid" {
  value  = 215.95
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "fid[trick spectral norm].fid" {
  value  = 229.439
  better = "lower"
  abs    = 0
  rel    = 0.15
}

metric "gan[loss fgan gan].d_loss" {
  value  = 1.31948
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan gan].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[loss fgan gan].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan gan].g_loss" {
  value  = -0.600948
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan hellinger].d_loss" {
  value  = -0.120182
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan hellinger].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[loss fgan hellinger].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan hellinger].g_loss" {
  value  = 0.152701
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan js].d_loss" {
  value  = -0.0669855
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan js].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[loss fgan js].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan js].g_loss" {
  value  = 0.0832772
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan kl].d_loss" {
  value  = 0.100465
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan kl].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[loss fgan kl].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan kl].g_loss" {
  value  = -0.508004
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan pearson].d_loss" {
  value  = -0.108228
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan pearson].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[loss fgan pearson].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan pearson].g_loss" {
  value  = 0.158605
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan reverse_kl].d_loss" {
  value  = -0.175303
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan reverse_kl].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[loss fgan reverse_kl].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss fgan reverse_kl].g_loss" {
  value  = 1.24313
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss minimax].d_loss" {
  value  = 1.31331
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss minimax].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[loss minimax].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss minimax].g_loss" {
  value  = -0.606833
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss nonsaturating].d_loss" {
  value  = 1.30431
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss nonsaturating].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[loss nonsaturating].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss nonsaturating].g_loss" {
  value  = 0.799517
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss wgan].d_loss" {
  value  = -0.50384
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss wgan].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[loss wgan].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss wgan].g_loss" {
  value  = 0.578605
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss wgan_gp].d_loss" {
  value  = -7.99044
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss wgan_gp].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[loss wgan_gp].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[loss wgan_gp].g_loss" {
  value  = 10.3399
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick feature matching].d_loss" {
  value  = 1.23926
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick feature matching].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[trick feature matching].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick feature matching].g_loss" {
  value  = 9.5449
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick historical avg].d_loss" {
  value  = 1.25518
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick historical avg].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[trick historical avg].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick historical avg].g_loss" {
  value  = 0.938525
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick instance noise].d_loss" {
  value  = 1.29278
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick instance noise].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[trick instance noise].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick instance noise].g_loss" {
  value  = 0.82325
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick label smoothing 0.9].d_loss" {
  value  = 1.31607
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick label smoothing 0.9].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[trick label smoothing 0.9].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick label smoothing 0.9].g_loss" {
  value  = 0.819351
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick minibatch discrim].d_loss" {
  value  = 0.848459
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick minibatch discrim].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[trick minibatch discrim].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick minibatch discrim].g_loss" {
  value  = 1.42833
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick spectral norm].d_loss" {
  value  = 0.503167
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick spectral norm].diverged" {
  value  = 0
  better = "lower"
  abs    = 0
  rel    = 0
}

metric "gan[trick spectral norm].diverged_at" {
  value  = 0
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "gan[trick spectral norm].g_loss" {
  value  = 1.91531
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[loss fgan gan].is" {
  value  = 1.00055
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[loss fgan gan].is_std" {
  value  = 7.47915e-05
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[loss fgan hellinger].is" {
  value  = 1.00008
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[loss fgan hellinger].is_std" {
  value  = 8.44903e-06
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[loss fgan js].is" {
  value  = 1.00009
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[loss fgan js].is_std" {
  value  = 8.46008e-06
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[loss fgan kl].is" {
  value  = 1.00056
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[loss fgan kl].is_std" {
  value  = 6.3435e-05
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[loss fgan pearson].is" {
  value  = 1.00027
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[loss fgan pearson].is_std" {
  value  = 1.26722e-05
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[loss fgan reverse_kl].is" {
  value  = 1.00087
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[loss fgan reverse_kl].is_std" {
  value  = 0.000120091
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[loss minimax].is" {
  value  = 1.0001
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[loss minimax].is_std" {
  value  = 5.67321e-06
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[loss nonsaturating].is" {
  value  = 1.00026
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[loss nonsaturating].is_std" {
  value  = 2.77041e-05
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[loss wgan].is" {
  value  = 1.00933
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[loss wgan].is_std" {
  value  = 0.00119431
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[loss wgan_gp].is" {
  value  = 1.00143
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[loss wgan_gp].is_std" {
  value  = 0.000203428
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[trick feature matching].is" {
  value  = 1.0006
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[trick feature matching].is_std" {
  value  = 7.8036e-05
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[trick historical avg].is" {
  value  = 1.00027
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[trick historical avg].is_std" {
  value  = 2.96479e-05
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[trick instance noise].is" {
  value  = 1.00025
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[trick instance noise].is_std" {
  value  = 2.19405e-05
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[trick label smoothing 0.9].is" {
  value  = 1.00233
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[trick label smoothing 0.9].is_std" {
  value  = 0.000339285
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[trick minibatch discrim].is" {
  value  = 1.03868
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[trick minibatch discrim].is_std" {
  value  = 0.00466079
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "is[trick spectral norm].is" {
  value  = 1.00257
  better = "higher"
  abs    = 0.2
  rel    = 0
}

metric "is[trick spectral norm].is_std" {
  value  = 0.000393552
  better = "either"
  abs    = 0
  rel    = 0.1
}

metric "ll[loss fgan gan].mean" {
  value  = -155.291
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[loss fgan gan].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan gan].std" {
  value  = 72.6795
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan gan].stderr" {
  value  = 3.25032
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan hellinger].mean" {
  value  = -159.625
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[loss fgan hellinger].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan hellinger].std" {
  value  = 68.7774
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan hellinger].stderr" {
  value  = 3.07582
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan js].mean" {
  value  = -155.284
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[loss fgan js].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan js].std" {
  value  = 70.7058
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan js].stderr" {
  value  = 3.16206
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan kl].mean" {
  value  = -321.689
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[loss fgan kl].sigma" {
  value  = 0.359381
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan kl].std" {
  value  = 59.4675
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan kl].stderr" {
  value  = 2.65947
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan pearson].mean" {
  value  = -153.228
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[loss fgan pearson].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan pearson].std" {
  value  = 69.7498
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan pearson].stderr" {
  value  = 3.11931
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan reverse_kl].mean" {
  value  = -142.43
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[loss fgan reverse_kl].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan reverse_kl].std" {
  value  = 72.1022
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss fgan reverse_kl].stderr" {
  value  = 3.22451
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss minimax].mean" {
  value  = -147.564
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[loss minimax].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss minimax].std" {
  value  = 66.6539
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss minimax].stderr" {
  value  = 2.98085
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss nonsaturating].mean" {
  value  = -131.808
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[loss nonsaturating].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss nonsaturating].std" {
  value  = 76.1435
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss nonsaturating].stderr" {
  value  = 3.40524
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss wgan].mean" {
  value  = -87.877
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[loss wgan].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss wgan].std" {
  value  = 116.854
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss wgan].stderr" {
  value  = 5.22586
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss wgan_gp].mean" {
  value  = -118.809
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[loss wgan_gp].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss wgan_gp].std" {
  value  = 84.066
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[loss wgan_gp].stderr" {
  value  = 3.75955
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick feature matching].mean" {
  value  = -119.657
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[trick feature matching].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick feature matching].std" {
  value  = 63.5866
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick feature matching].stderr" {
  value  = 2.84368
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick historical avg].mean" {
  value  = -150.781
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[trick historical avg].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick historical avg].std" {
  value  = 66.1398
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick historical avg].stderr" {
  value  = 2.95786
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick instance noise].mean" {
  value  = -137.814
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[trick instance noise].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick instance noise].std" {
  value  = 73.0554
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick instance noise].stderr" {
  value  = 3.26714
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick label smoothing 0.9].mean" {
  value  = -117.342
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[trick label smoothing 0.9].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick label smoothing 0.9].std" {
  value  = 87.5069
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick label smoothing 0.9].stderr" {
  value  = 3.91343
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick minibatch discrim].mean" {
  value  = -152.167
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[trick minibatch discrim].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick minibatch discrim].std" {
  value  = 71.0149
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick minibatch discrim].stderr" {
  value  = 3.17588
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick spectral norm].mean" {
  value  = -90.2831
  better = "higher"
  abs    = 5
  rel    = 0
}

metric "ll[trick spectral norm].sigma" {
  value  = 0.278256
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick spectral norm].std" {
  value  = 87.512
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "ll[trick spectral norm].stderr" {
  value  = 3.91365
  better = "either"
  abs    = 0.05
  rel    = 0.5
}

metric "pr[loss fgan gan].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss fgan gan].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss fgan hellinger].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss fgan hellinger].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss fgan js].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss fgan js].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss fgan kl].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss fgan kl].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss fgan pearson].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss fgan pearson].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss fgan reverse_kl].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss fgan reverse_kl].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss minimax].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss minimax].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss nonsaturating].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss nonsaturating].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss wgan].precision" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss wgan].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss wgan_gp].precision" {
  value  = 0.001
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[loss wgan_gp].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[trick feature matching].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[trick feature matching].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[trick historical avg].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[trick historical avg].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[trick instance noise].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[trick instance noise].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[trick label smoothing 0.9].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[trick label smoothing 0.9].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[trick minibatch discrim].precision" {
  value  = 0.89
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[trick minibatch discrim].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[trick spectral norm].precision" {
  value  = 1
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "pr[trick spectral norm].recall" {
  value  = 0
  better = "higher"
  abs    = 0.1
  rel    = 0
}

metric "time.clf" {
  value  = 54.4974
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 4.13285
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[loss fgan gan]" {
  value  = 5.90548
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[loss fgan hellinger]" {
  value  = 5.06482
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[loss fgan js]" {
  value  = 2.58639
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[loss fgan kl]" {
  value  = 3.31267
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[loss fgan pearson]" {
  value  = 2.95849
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[loss fgan reverse_kl]" {
  value  = 2.78602
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[loss minimax]" {
  value  = 3.02731
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[loss nonsaturating]" {
  value  = 2.46056
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[loss wgan]" {
  value  = 2.53293
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[loss wgan_gp]" {
  value  = 2.23383
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[trick feature matching]" {
  value  = 3.63702
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[trick historical avg]" {
  value  = 3.26066
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[trick instance noise]" {
  value  = 3.25286
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[trick label smoothing 0.9]" {
  value  = 5.1887
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[trick minibatch discrim]" {
  value  = 2.89803
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.fid[trick spectral norm]" {
  value  = 4.2564
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan gan]" {
  value  = 2.86778
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan hellinger]" {
  value  = 2.89643
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan js]" {
  value  = 2.26296
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan kl]" {
  value  = 2.46393
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan pearson]" {
  value  = 0.962737
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan reverse_kl]" {
  value  = 3.44462
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[loss minimax]" {
  value  = 4.2635
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[loss nonsaturating]" {
  value  = 4.63773
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[loss wgan]" {
  value  = 7.85836
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[loss wgan_gp]" {
  value  = 9.79824
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[trick feature matching]" {
  value  = 3.15662
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[trick historical avg]" {
  value  = 3.6908
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[trick instance noise]" {
  value  = 5.04672
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[trick label smoothing 0.9]" {
  value  = 3.81879
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[trick minibatch discrim]" {
  value  = 19.7913
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.gan[trick spectral norm]" {
  value  = 3.43547
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[loss fgan gan]" {
  value  = 0.980473
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[loss fgan hellinger]" {
  value  = 1.18808
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[loss fgan js]" {
  value  = 3.18116
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[loss fgan kl]" {
  value  = 1.16668
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[loss fgan pearson]" {
  value  = 1.04282
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[loss fgan reverse_kl]" {
  value  = 1.01202
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[loss minimax]" {
  value  = 1.32557
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[loss nonsaturating]" {
  value  = 1.68432
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[loss wgan]" {
  value  = 1.37631
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[loss wgan_gp]" {
  value  = 1.73685
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[trick feature matching]" {
  value  = 1.56573
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[trick historical avg]" {
  value  = 1.77658
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[trick instance noise]" {
  value  = 0.881942
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[trick label smoothing 0.9]" {
  value  = 1.8248
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[trick minibatch discrim]" {
  value  = 1.40452
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.is[trick spectral norm]" {
  value  = 1.18309
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan gan]" {
  value  = 0.209319
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan hellinger]" {
  value  = 0.156465
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan js]" {
  value  = 0.158753
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan kl]" {
  value  = 0.278472
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan pearson]" {
  value  = 0.722691
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan reverse_kl]" {
  value  = 0.589467
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[loss minimax]" {
  value  = 0.344769
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[loss nonsaturating]" {
  value  = 0.199655
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[loss wgan]" {
  value  = 0.472305
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[loss wgan_gp]" {
  value  = 0.285079
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[trick feature matching]" {
  value  = 0.213265
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[trick historical avg]" {
  value  = 0.510226
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[trick instance noise]" {
  value  = 0.342651
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[trick label smoothing 0.9]" {
  value  = 0.112972
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[trick minibatch discrim]" {
  value  = 0.443466
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.ll[trick spectral norm]" {
  value  = 1.27609
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[loss fgan gan]" {
  value  = 1.82134
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[loss fgan hellinger]" {
  value  = 1.8653
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[loss fgan js]" {
  value  = 1.91868
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[loss fgan kl]" {
  value  = 2.88434
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[loss fgan pearson]" {
  value  = 4.35106
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[loss fgan reverse_kl]" {
  value  = 3.57062
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[loss minimax]" {
  value  = 3.31694
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[loss nonsaturating]" {
  value  = 2.08348
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[loss wgan]" {
  value  = 2.62218
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[loss wgan_gp]" {
  value  = 2.39793
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[trick feature matching]" {
  value  = 2.86884
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[trick historical avg]" {
  value  = 3.06015
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[trick instance noise]" {
  value  = 6.58828
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[trick label smoothing 0.9]" {
  value  = 4.75541
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[trick minibatch discrim]" {
  value  = 3.04842
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.pr[trick spectral norm]" {
  value  = 5.05542
  better = "lower"
  abs    = 1
  rel    = 2
}

metric "time.zoo" {
  value  = 0.315646
  better = "lower"
  abs    = 1
  rel    = 2
}
