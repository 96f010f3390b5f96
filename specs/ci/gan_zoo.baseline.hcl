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

metric "gan[loss fgan gan].d_loss" {
  value  = 1.31948
  center = 1.31473
  spread = 0.00658995
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss fgan gan].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss fgan gan].diverged_at" {
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

metric "gan[loss fgan gan].g_loss" {
  value  = -0.600948
  center = -0.610484
  spread = 0.00893427
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss fgan hellinger].d_loss" {
  value  = -0.120182
  center = -0.131489
  spread = 0.0135131
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss fgan hellinger].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss fgan hellinger].diverged_at" {
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

metric "gan[loss fgan hellinger].g_loss" {
  value  = 0.152701
  center = 0.153468
  spread = 0.0119333
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss fgan js].d_loss" {
  value  = -0.0669855
  center = -0.0743335
  spread = 0.0069682
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss fgan js].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss fgan js].diverged_at" {
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

metric "gan[loss fgan js].g_loss" {
  value  = 0.0832772
  center = 0.0823112
  spread = 0.00487118
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss fgan kl].d_loss" {
  value  = 0.100465
  center = 0.0190265
  spread = 0.0843812
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss fgan kl].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss fgan kl].diverged_at" {
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

metric "gan[loss fgan kl].g_loss" {
  value  = -0.508004
  center = -0.513004
  spread = 0.008178
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss fgan pearson].d_loss" {
  value  = -0.108228
  center = -0.114335
  spread = 0.00611538
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss fgan pearson].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss fgan pearson].diverged_at" {
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

metric "gan[loss fgan pearson].g_loss" {
  value  = 0.158605
  center = 0.157726
  spread = 0.00877386
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss fgan reverse_kl].d_loss" {
  value  = -0.175303
  center = -0.179737
  spread = 0.0120918
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss fgan reverse_kl].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss fgan reverse_kl].diverged_at" {
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

metric "gan[loss fgan reverse_kl].g_loss" {
  value  = 1.24313
  center = 1.22773
  spread = 0.0153645
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss minimax].d_loss" {
  value  = 1.31331
  center = 1.31368
  spread = 0.00338132
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss minimax].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss minimax].diverged_at" {
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

metric "gan[loss minimax].g_loss" {
  value  = -0.606833
  center = -0.608739
  spread = 0.0068785
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss nonsaturating].d_loss" {
  value  = 1.30431
  center = 1.30795
  spread = 0.00625265
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss nonsaturating].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss nonsaturating].diverged_at" {
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

metric "gan[loss nonsaturating].g_loss" {
  value  = 0.799517
  center = 0.802807
  spread = 0.0118518
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss wgan].d_loss" {
  value  = -0.50384
  center = -0.4911
  spread = 0.0127766
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss wgan].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss wgan].diverged_at" {
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

metric "gan[loss wgan].g_loss" {
  value  = 0.578605
  center = 0.591692
  spread = 0.0122564
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss wgan_gp].d_loss" {
  value  = -7.99044
  center = -7.98052
  spread = 0.0414612
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[loss wgan_gp].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss wgan_gp].diverged_at" {
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

metric "gan[loss wgan_gp].g_loss" {
  value  = 10.3399
  center = 10.5426
  spread = 0.190594
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[trick feature matching].d_loss" {
  value  = 1.23926
  center = 1.24071
  spread = 0.0090835
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[trick feature matching].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[trick feature matching].diverged_at" {
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

metric "gan[trick feature matching].g_loss" {
  value  = 9.5449
  center = 8.4582
  spread = 1.08146
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[trick historical avg].d_loss" {
  value  = 1.25518
  center = 1.25488
  spread = 0.0032046
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[trick historical avg].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[trick historical avg].diverged_at" {
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

metric "gan[trick historical avg].g_loss" {
  value  = 0.938525
  center = 0.933101
  spread = 0.00606782
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[trick instance noise].d_loss" {
  value  = 1.29278
  center = 1.29823
  spread = 0.00509951
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[trick instance noise].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[trick instance noise].diverged_at" {
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

metric "gan[trick instance noise].g_loss" {
  value  = 0.82325
  center = 0.815259
  spread = 0.00765158
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[trick label smoothing 0.9].d_loss" {
  value  = 1.31607
  center = 1.31868
  spread = 0.00465283
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[trick label smoothing 0.9].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[trick label smoothing 0.9].diverged_at" {
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

metric "gan[trick label smoothing 0.9].g_loss" {
  value  = 0.819351
  center = 0.817292
  spread = 0.00193555
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[trick minibatch discrim].d_loss" {
  value  = 0.848459
  center = 0.867095
  spread = 0.0487136
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[trick minibatch discrim].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[trick minibatch discrim].diverged_at" {
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

metric "gan[trick minibatch discrim].g_loss" {
  value  = 1.42833
  center = 1.36397
  spread = 0.0582784
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[trick spectral norm].d_loss" {
  value  = 0.503167
  center = 0.505157
  spread = 0.0265104
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[trick spectral norm].diverged" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[trick spectral norm].diverged_at" {
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

metric "gan[trick spectral norm].g_loss" {
  value  = 1.91531
  center = 2.01587
  spread = 0.0961447
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan gan].mean" {
  value  = -155.291
  center = -151.766
  spread = 5.74518
  runs   = 7
  stderr = 3.25032
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[loss fgan gan].sigma" {
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

metric "ll[loss fgan gan].std" {
  value  = 72.6795
  center = 73.1503
  spread = 2.87635
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan gan].stderr" {
  value  = 3.25032
  center = 3.27138
  spread = 0.128634
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan hellinger].mean" {
  value  = -159.625
  center = -155.442
  spread = 4.0206
  runs   = 7
  stderr = 3.07582
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[loss fgan hellinger].sigma" {
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

metric "ll[loss fgan hellinger].std" {
  value  = 68.7774
  center = 69.9146
  spread = 2.05015
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan hellinger].stderr" {
  value  = 3.07582
  center = 3.12668
  spread = 0.0916835
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan js].mean" {
  value  = -155.284
  center = -152.648
  spread = 3.4041
  runs   = 7
  stderr = 3.16206
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[loss fgan js].sigma" {
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

metric "ll[loss fgan js].std" {
  value  = 70.7058
  center = 70.9593
  spread = 0.976305
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan js].stderr" {
  value  = 3.16206
  center = 3.1734
  spread = 0.0436617
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan kl].mean" {
  value  = -321.689
  center = -321.658
  spread = 0.114734
  runs   = 7
  stderr = 2.65947
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[loss fgan kl].sigma" {
  value  = 0.359381
  center = 0.359381
  spread = 0
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan kl].std" {
  value  = 59.4675
  center = 60.4572
  spread = 1.10995
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan kl].stderr" {
  value  = 2.65947
  center = 2.70373
  spread = 0.0496368
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan pearson].mean" {
  value  = -153.228
  center = -157.259
  spread = 4.64903
  runs   = 7
  stderr = 3.11931
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[loss fgan pearson].sigma" {
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

metric "ll[loss fgan pearson].std" {
  value  = 69.7498
  center = 68.5101
  spread = 1.43168
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan pearson].stderr" {
  value  = 3.11931
  center = 3.06387
  spread = 0.0640267
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan reverse_kl].mean" {
  value  = -142.43
  center = -144.277
  spread = 1.73499
  runs   = 7
  stderr = 3.22451
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[loss fgan reverse_kl].sigma" {
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

metric "ll[loss fgan reverse_kl].std" {
  value  = 72.1022
  center = 72.3152
  spread = 2.22953
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss fgan reverse_kl].stderr" {
  value  = 3.22451
  center = 3.23404
  spread = 0.0997095
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss minimax].mean" {
  value  = -147.564
  center = -150.849
  spread = 3.63455
  runs   = 7
  stderr = 2.98085
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[loss minimax].sigma" {
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

metric "ll[loss minimax].std" {
  value  = 66.6539
  center = 68.702
  spread = 3.41523
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss minimax].stderr" {
  value  = 2.98085
  center = 3.07245
  spread = 0.152735
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss nonsaturating].mean" {
  value  = -131.808
  center = -132.453
  spread = 3.4852
  runs   = 7
  stderr = 3.40524
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[loss nonsaturating].sigma" {
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

metric "ll[loss nonsaturating].std" {
  value  = 76.1435
  center = 74.5091
  spread = 1.53895
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss nonsaturating].stderr" {
  value  = 3.40524
  center = 3.33215
  spread = 0.0688214
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss wgan].mean" {
  value  = -87.877
  center = -89.3538
  spread = 1.57794
  runs   = 7
  stderr = 5.22586
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[loss wgan].sigma" {
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

metric "ll[loss wgan].std" {
  value  = 116.854
  center = 117.105
  spread = 0.234391
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss wgan].stderr" {
  value  = 5.22586
  center = 5.23707
  spread = 0.0104875
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss wgan_gp].mean" {
  value  = -118.809
  center = -99.5662
  spread = 12.6316
  runs   = 7
  stderr = 3.75955
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[loss wgan_gp].sigma" {
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

metric "ll[loss wgan_gp].std" {
  value  = 84.066
  center = 91.1702
  spread = 6.0376
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[loss wgan_gp].stderr" {
  value  = 3.75955
  center = 4.07726
  spread = 0.270006
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[trick feature matching].mean" {
  value  = -119.657
  center = -116.466
  spread = 5.76342
  runs   = 7
  stderr = 2.84368
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[trick feature matching].sigma" {
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

metric "ll[trick feature matching].std" {
  value  = 63.5866
  center = 64.5807
  spread = 1.73301
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[trick feature matching].stderr" {
  value  = 2.84368
  center = 2.88814
  spread = 0.0775031
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[trick historical avg].mean" {
  value  = -150.781
  center = -146.984
  spread = 4.40901
  runs   = 7
  stderr = 2.95786
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[trick historical avg].sigma" {
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

metric "ll[trick historical avg].std" {
  value  = 66.1398
  center = 65.8827
  spread = 0.276926
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[trick historical avg].stderr" {
  value  = 2.95786
  center = 2.94637
  spread = 0.0123839
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[trick instance noise].mean" {
  value  = -137.814
  center = -135.799
  spread = 3.05134
  runs   = 7
  stderr = 3.26714
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[trick instance noise].sigma" {
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

metric "ll[trick instance noise].std" {
  value  = 73.0554
  center = 72.5944
  spread = 0.886934
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[trick instance noise].stderr" {
  value  = 3.26714
  center = 3.24652
  spread = 0.0396616
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[trick label smoothing 0.9].mean" {
  value  = -117.342
  center = -117.085
  spread = 1.53717
  runs   = 7
  stderr = 3.91343
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[trick label smoothing 0.9].sigma" {
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

metric "ll[trick label smoothing 0.9].std" {
  value  = 87.5069
  center = 84.8015
  spread = 2.53679
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[trick label smoothing 0.9].stderr" {
  value  = 3.91343
  center = 3.79244
  spread = 0.11345
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[trick minibatch discrim].mean" {
  value  = -152.167
  center = -163.913
  spread = 11.3504
  runs   = 7
  stderr = 3.17588
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[trick minibatch discrim].sigma" {
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

metric "ll[trick minibatch discrim].std" {
  value  = 71.0149
  center = 72.5303
  spread = 3.07616
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[trick minibatch discrim].stderr" {
  value  = 3.17588
  center = 3.24365
  spread = 0.137569
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[trick spectral norm].mean" {
  value  = -90.2831
  center = -91.9863
  spread = 8.60812
  runs   = 7
  stderr = 3.91365
  better = "higher"
  z      = 8
  abs    = 5
  rel    = 0
}

metric "ll[trick spectral norm].sigma" {
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

metric "ll[trick spectral norm].std" {
  value  = 87.512
  center = 86.3545
  spread = 3.19593
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "ll[trick spectral norm].stderr" {
  value  = 3.91365
  center = 3.86189
  spread = 0.142925
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss fgan gan].fid.fid" {
  value  = 226.367
  center = 229.13
  spread = 17.9264
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss fgan gan].is.is" {
  value  = 1.00055
  center = 1.00148
  spread = 0.00132849
  runs   = 7
  stderr = 7.47915e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss fgan gan].is.is_std" {
  value  = 7.47915e-05
  center = 0.000208637
  spread = 0.00018873
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss fgan gan].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan gan].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan hellinger].fid.fid" {
  value  = 228.998
  center = 231.136
  spread = 14.8776
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss fgan hellinger].is.is" {
  value  = 1.00008
  center = 1.0011
  spread = 0.00112125
  runs   = 7
  stderr = 8.44903e-06
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss fgan hellinger].is.is_std" {
  value  = 8.44903e-06
  center = 0.000139711
  spread = 0.000142985
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss fgan hellinger].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan hellinger].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan js].fid.fid" {
  value  = 223.768
  center = 231.924
  spread = 17.3759
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss fgan js].is.is" {
  value  = 1.00009
  center = 1.00044
  spread = 0.000357291
  runs   = 7
  stderr = 8.46008e-06
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss fgan js].is.is_std" {
  value  = 8.46008e-06
  center = 4.52246e-05
  spread = 3.58945e-05
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss fgan js].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan js].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan kl].fid.fid" {
  value  = 217.012
  center = 221.109
  spread = 17.824
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss fgan kl].is.is" {
  value  = 1.00056
  center = 1.00109
  spread = 0.0009925
  runs   = 7
  stderr = 6.3435e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss fgan kl].is.is_std" {
  value  = 6.3435e-05
  center = 0.000117443
  spread = 0.000114454
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss fgan kl].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan kl].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan pearson].fid.fid" {
  value  = 223.865
  center = 229.61
  spread = 17.9603
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss fgan pearson].is.is" {
  value  = 1.00027
  center = 1.0012
  spread = 0.00111046
  runs   = 7
  stderr = 1.26722e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss fgan pearson].is.is_std" {
  value  = 1.26722e-05
  center = 0.000155097
  spread = 0.000163609
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss fgan pearson].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan pearson].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan reverse_kl].fid.fid" {
  value  = 216.043
  center = 223.861
  spread = 17.0881
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss fgan reverse_kl].is.is" {
  value  = 1.00087
  center = 1.00152
  spread = 0.00151189
  runs   = 7
  stderr = 0.000120091
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss fgan reverse_kl].is.is_std" {
  value  = 0.000120091
  center = 0.000178562
  spread = 0.000165195
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss fgan reverse_kl].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan reverse_kl].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss minimax].fid.fid" {
  value  = 224.703
  center = 231.397
  spread = 18.0746
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss minimax].is.is" {
  value  = 1.0001
  center = 1.0007
  spread = 0.000836162
  runs   = 7
  stderr = 5.67321e-06
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss minimax].is.is_std" {
  value  = 5.67321e-06
  center = 0.000103172
  spread = 0.000137439
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss minimax].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss minimax].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss nonsaturating].fid.fid" {
  value  = 226.591
  center = 231.507
  spread = 17.0748
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss nonsaturating].is.is" {
  value  = 1.00026
  center = 1.00069
  spread = 0.000419194
  runs   = 7
  stderr = 2.77041e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss nonsaturating].is.is_std" {
  value  = 2.77041e-05
  center = 5.52561e-05
  spread = 2.92761e-05
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss nonsaturating].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss nonsaturating].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss wgan].fid.fid" {
  value  = 251.707
  center = 246.933
  spread = 12.3023
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss wgan].is.is" {
  value  = 1.00933
  center = 1.00564
  spread = 0.00369319
  runs   = 7
  stderr = 0.00119431
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss wgan].is.is_std" {
  value  = 0.00119431
  center = 0.000653077
  spread = 0.000502544
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss wgan].pr.precision" {
  value  = 0
  center = 0.571429
  spread = 0.534522
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss wgan].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss wgan_gp].fid.fid" {
  value  = 252.492
  center = 248.933
  spread = 12.0891
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss wgan_gp].is.is" {
  value  = 1.00143
  center = 1.00133
  spread = 0.00047549
  runs   = 7
  stderr = 0.000203428
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss wgan_gp].is.is_std" {
  value  = 0.000203428
  center = 0.000178968
  spread = 7.99039e-05
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss wgan_gp].pr.precision" {
  value  = 0.001
  center = 0.681
  spread = 0.472657
  runs   = 7
  stderr = 0.0009995
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss wgan_gp].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick feature matching].fid.fid" {
  value  = 223.084
  center = 229.941
  spread = 15.9125
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[trick feature matching].is.is" {
  value  = 1.0006
  center = 1.00131
  spread = 0.000736384
  runs   = 7
  stderr = 7.8036e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[trick feature matching].is.is_std" {
  value  = 7.8036e-05
  center = 0.000182335
  spread = 0.000114961
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[trick feature matching].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick feature matching].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick historical avg].fid.fid" {
  value  = 227.321
  center = 232.487
  spread = 16.3017
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[trick historical avg].is.is" {
  value  = 1.00027
  center = 1.00049
  spread = 0.00021885
  runs   = 7
  stderr = 2.96479e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[trick historical avg].is.is_std" {
  value  = 2.96479e-05
  center = 6.69469e-05
  spread = 3.82108e-05
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[trick historical avg].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick historical avg].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick instance noise].fid.fid" {
  value  = 227.618
  center = 231.656
  spread = 16.7876
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[trick instance noise].is.is" {
  value  = 1.00025
  center = 1.00085
  spread = 0.000695414
  runs   = 7
  stderr = 2.19405e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[trick instance noise].is.is_std" {
  value  = 2.19405e-05
  center = 8.62818e-05
  spread = 7.34597e-05
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[trick instance noise].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick instance noise].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick label smoothing 0.9].fid.fid" {
  value  = 230.023
  center = 231.417
  spread = 16.6416
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[trick label smoothing 0.9].is.is" {
  value  = 1.00233
  center = 1.00209
  spread = 0.00111466
  runs   = 7
  stderr = 0.000339285
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[trick label smoothing 0.9].is.is_std" {
  value  = 0.000339285
  center = 0.000316052
  spread = 0.000175224
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[trick label smoothing 0.9].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick label smoothing 0.9].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick minibatch discrim].fid.fid" {
  value  = 215.95
  center = 221.124
  spread = 18.7151
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[trick minibatch discrim].is.is" {
  value  = 1.03868
  center = 1.03999
  spread = 0.00731138
  runs   = 7
  stderr = 0.00466079
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[trick minibatch discrim].is.is_std" {
  value  = 0.00466079
  center = 0.00423686
  spread = 0.00134966
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[trick minibatch discrim].pr.precision" {
  value  = 0.89
  center = 0.947857
  spread = 0.0549589
  runs   = 7
  stderr = 0.00989444
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick minibatch discrim].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick spectral norm].fid.fid" {
  value  = 229.439
  center = 232.112
  spread = 9.82617
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[trick spectral norm].is.is" {
  value  = 1.00257
  center = 1.00229
  spread = 0.00046928
  runs   = 7
  stderr = 0.000393552
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[trick spectral norm].is.is_std" {
  value  = 0.000393552
  center = 0.000342764
  spread = 0.000111431
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[trick spectral norm].pr.precision" {
  value  = 1
  center = 1
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick spectral norm].pr.recall" {
  value  = 0
  center = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "time.clf" {
  value  = 72.8328
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 4.89764
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan gan]" {
  value  = 6.08288
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan hellinger]" {
  value  = 4.247
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan js]" {
  value  = 4.84318
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan kl]" {
  value  = 5.5507
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan pearson]" {
  value  = 7.58684
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan reverse_kl]" {
  value  = 3.84773
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss minimax]" {
  value  = 6.63643
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss nonsaturating]" {
  value  = 6.73131
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss wgan]" {
  value  = 8.46157
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss wgan_gp]" {
  value  = 18.1637
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[trick feature matching]" {
  value  = 4.27102
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[trick historical avg]" {
  value  = 3.0401
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[trick instance noise]" {
  value  = 4.59576
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[trick label smoothing 0.9]" {
  value  = 3.34711
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[trick minibatch discrim]" {
  value  = 19.1421
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[trick spectral norm]" {
  value  = 3.9884
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan gan]" {
  value  = 0.875878
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan hellinger]" {
  value  = 0.407073
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan js]" {
  value  = 0.562622
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan kl]" {
  value  = 1.23317
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan pearson]" {
  value  = 0.56452
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan reverse_kl]" {
  value  = 0.50934
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss minimax]" {
  value  = 0.62641
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss nonsaturating]" {
  value  = 0.269877
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss wgan]" {
  value  = 0.616027
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss wgan_gp]" {
  value  = 0.938173
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[trick feature matching]" {
  value  = 0.408109
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[trick historical avg]" {
  value  = 0.571889
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[trick instance noise]" {
  value  = 0.646103
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[trick label smoothing 0.9]" {
  value  = 0.972384
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[trick minibatch discrim]" {
  value  = 0.700816
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[trick spectral norm]" {
  value  = 0.651405
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan gan].fid" {
  value  = 7.20918
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan gan].is" {
  value  = 2.3364
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan gan].pr" {
  value  = 6.82734
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan hellinger].fid" {
  value  = 7.72369
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan hellinger].is" {
  value  = 3.96891
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan hellinger].pr" {
  value  = 9.95773
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan js].fid" {
  value  = 4.18196
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan js].is" {
  value  = 2.51691
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan js].pr" {
  value  = 5.58482
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan kl].fid" {
  value  = 8.98687
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan kl].is" {
  value  = 2.44258
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan kl].pr" {
  value  = 9.24412
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan pearson].fid" {
  value  = 4.90723
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan pearson].is" {
  value  = 3.58548
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan pearson].pr" {
  value  = 7.89684
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan reverse_kl].fid" {
  value  = 5.16348
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan reverse_kl].is" {
  value  = 3.03131
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan reverse_kl].pr" {
  value  = 4.07061
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss minimax].fid" {
  value  = 5.03091
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss minimax].is" {
  value  = 2.28904
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss minimax].pr" {
  value  = 5.58635
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss nonsaturating].fid" {
  value  = 3.68319
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss nonsaturating].is" {
  value  = 1.56251
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss nonsaturating].pr" {
  value  = 5.49365
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss wgan].fid" {
  value  = 10.4328
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss wgan].is" {
  value  = 2.7341
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss wgan].pr" {
  value  = 8.16364
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss wgan_gp].fid" {
  value  = 8.67353
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss wgan_gp].is" {
  value  = 3.14105
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss wgan_gp].pr" {
  value  = 8.05039
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick feature matching].fid" {
  value  = 6.98983
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick feature matching].is" {
  value  = 3.34687
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick feature matching].pr" {
  value  = 5.42304
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick historical avg].fid" {
  value  = 7.04816
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick historical avg].is" {
  value  = 2.13659
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick historical avg].pr" {
  value  = 4.08781
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick instance noise].fid" {
  value  = 3.72149
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick instance noise].is" {
  value  = 1.89658
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick instance noise].pr" {
  value  = 4.32731
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick label smoothing 0.9].fid" {
  value  = 4.35748
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick label smoothing 0.9].is" {
  value  = 2.30838
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick label smoothing 0.9].pr" {
  value  = 4.16967
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick minibatch discrim].fid" {
  value  = 6.58997
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick minibatch discrim].is" {
  value  = 2.41011
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick minibatch discrim].pr" {
  value  = 2.96852
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick spectral norm].fid" {
  value  = 8.33444
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick spectral norm].is" {
  value  = 4.89294
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick spectral norm].pr" {
  value  = 4.57161
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.zoo" {
  value  = 0.370242
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

result "module.eval[\"loss fgan gan\"].stage.fid" {
  key = "832602862578149f958291ae7542025a4c0ef23326cfab1e1faf2d36259ac466"
  outputs = {
    "metrics" = "sha256:c4918bf974d5dd3d002a2f302c11c8787da7397105f131ff82b4ca9aadcd4fef"
  }
}

result "module.eval[\"loss fgan gan\"].stage.is" {
  key = "8690a7136835f6085b0be8dee44a46c37c4f1479017f3ed5dc2bac5d275d016e"
  outputs = {
    "metrics" = "sha256:885ff743027dd30a957381af6f26f70db7f056eae048074d6dc753a76b698f73"
  }
}

result "module.eval[\"loss fgan gan\"].stage.pr" {
  key = "58296a4685e43300cb0646110f9490d78ae27b235d61e7fd68303d01130b8764"
  outputs = {
    "metrics" = "sha256:acbe34eba6ae754f02a561d7eb050e5d129e900c020d414e72a47ac95b673ca5"
  }
}

result "module.eval[\"loss fgan hellinger\"].stage.fid" {
  key = "f0cf3ffece49c343490981759b1e5042d76eb3050bf681a6bafa5f0b03e2be27"
  outputs = {
    "metrics" = "sha256:5c936e6f020baca6a5c5b4fa715d4b58035d073e1bb5c1adaae198056687159e"
  }
}

result "module.eval[\"loss fgan hellinger\"].stage.is" {
  key = "d11b27c74ec32e291020279b291337c50c1f7fe2b19d5ca1ee225004dff4175a"
  outputs = {
    "metrics" = "sha256:4b57767b41362b44e835099b222b6457ab42445584f0bc72b1fff5c22994fc46"
  }
}

result "module.eval[\"loss fgan hellinger\"].stage.pr" {
  key = "b7ab95d7aec1abd6d406a69af405dabd2a1306e8212273d024f254782b62b093"
  outputs = {
    "metrics" = "sha256:00a56a64175f607fb7b079880f4a768d45d69326a033a01b42f2f597904a4c72"
  }
}

result "module.eval[\"loss fgan js\"].stage.fid" {
  key = "d06bfceb1a90d682079d3f5b559eb04a508b82bbd1fff811a5ae18600f78f7f7"
  outputs = {
    "metrics" = "sha256:7e79461a60ef0d9b59837ded0fa53fd928fa81059492ea207617409e4921f19f"
  }
}

result "module.eval[\"loss fgan js\"].stage.is" {
  key = "46b6031b5aa01a585443e3f9a9bf5d5c90ed60c6423760afc772e5608e13b958"
  outputs = {
    "metrics" = "sha256:5522018a7e3b35d8b082f56e9616a6c7d6cd6878f17746b8d5e089f889042f40"
  }
}

result "module.eval[\"loss fgan js\"].stage.pr" {
  key = "cfda295846738f6c552d709929c07d0390f21f3d9b48bceb4977fb1f1adbe228"
  outputs = {
    "metrics" = "sha256:4c2783c9d16b037748a931cd84ff6ea10b7f9dbf09564a0f9a9e0a9acdce9857"
  }
}

result "module.eval[\"loss fgan kl\"].stage.fid" {
  key = "05ba5ce5960e48e32bc352a5baea5a7d1912cc1c51159287829387915ac73a0c"
  outputs = {
    "metrics" = "sha256:b903542e8f2b54056fc8a435dc238a7881f29ccfc4ca24f8c4adeb8ee7e4b17c"
  }
}

result "module.eval[\"loss fgan kl\"].stage.is" {
  key = "5315eaf102f1da5cbaf21ef55c7c91b833a8de23b919c7340ec17dde8e653486"
  outputs = {
    "metrics" = "sha256:17368eb13d3e9ac1db5b44da81f65eeee827c5c1be70064962704ba9ebbefc4a"
  }
}

result "module.eval[\"loss fgan kl\"].stage.pr" {
  key = "bd1d9d820860c5c11a54532124611999274586e1cd08da8476b58ef244cc55cb"
  outputs = {
    "metrics" = "sha256:23a92ba5918e4a9a5c66cf52542f5f2f52aecdcfff24ac0bec654a21100b0f66"
  }
}

result "module.eval[\"loss fgan pearson\"].stage.fid" {
  key = "758bd00f2c12df5f61c5b8a8c84f2256e51b79df2582af0fb6fa2ca91fa5ff11"
  outputs = {
    "metrics" = "sha256:39fcfc82e2b7da70f3cd11a6ea744e91312d2c9ec2687b3c31c8f712f35a2ac2"
  }
}

result "module.eval[\"loss fgan pearson\"].stage.is" {
  key = "ea74d08f43e6bb84647fe1d0450c48ceb5ef99efc3d3399461842859889b46ea"
  outputs = {
    "metrics" = "sha256:de3f843fab743403c2077f3b3a6c0cf0a5eda28f324e42b2096ec790bedb784c"
  }
}

result "module.eval[\"loss fgan pearson\"].stage.pr" {
  key = "2d68240e1fd075e979062b1b2f2af162304b99df032a2af2f22619efe2709632"
  outputs = {
    "metrics" = "sha256:8010b198a208eda92be003caa838bee51e77efdd3bbbe547d1c609702326ec66"
  }
}

result "module.eval[\"loss fgan reverse_kl\"].stage.fid" {
  key = "4bc22c0d9da4cfd9bcd512cc95b7edaa2ff992a2018b6300d8a77defea0ad36a"
  outputs = {
    "metrics" = "sha256:c77a090d9249dc4673383f37a136aaef761d251e6fa37a3dcc86287670323a41"
  }
}

result "module.eval[\"loss fgan reverse_kl\"].stage.is" {
  key = "ade84643a623433a724d3f032137b6d6a367760bdac7a5b3cd59fd82e662dca0"
  outputs = {
    "metrics" = "sha256:f109b84b2f6b1ce087bb360788e6097e711bb746cfdfda2881d6dc32a6a8e6c9"
  }
}

result "module.eval[\"loss fgan reverse_kl\"].stage.pr" {
  key = "8d1f67099c092a71544f5a7314ef2239dbc4d3e63b3989bce96b827aedf77300"
  outputs = {
    "metrics" = "sha256:a8c5355740ec5652d1e58690e2e51ba9c6295ae7e370bd9ea326acde9af29f53"
  }
}

result "module.eval[\"loss minimax\"].stage.fid" {
  key = "09ab673bc5d04548bd3903e8fb6d3924ced8f108afa02f29fdfb7e5afed0cadf"
  outputs = {
    "metrics" = "sha256:6b34cdd1ddccdc66bb5198044554838978a6d6033c7425627037a08c2cbcb1d4"
  }
}

result "module.eval[\"loss minimax\"].stage.is" {
  key = "0e1873597279b5516a6afca0eb8bd8a9932f5146cfdc8562b1fc86540fa2c0f6"
  outputs = {
    "metrics" = "sha256:b38a7e4c7375e3fa952287666bfc20a9c75a7b2ef1e4195b5ec4b5f3c3d1cd06"
  }
}

result "module.eval[\"loss minimax\"].stage.pr" {
  key = "513c83c1da0f0a30074728fa0c22d515c73cd389332c2a9d567c0080913a8a43"
  outputs = {
    "metrics" = "sha256:8618a8c6409b958e8ff03dec93766fd84ceb820c70322762838dcdc3c0ec95f2"
  }
}

result "module.eval[\"loss nonsaturating\"].stage.fid" {
  key = "d5d68a8868ee453dd63961dbc66c04bd369737a7927703da9a1e5a97d68286b8"
  outputs = {
    "metrics" = "sha256:cf2ea269d771a20532d006d2847f36bb0bc7367ba76970f44a2f1e714650c4c3"
  }
}

result "module.eval[\"loss nonsaturating\"].stage.is" {
  key = "7e4724dace347a40496c7003bd846cd0ba04f49de49ee9351f97708a588614c8"
  outputs = {
    "metrics" = "sha256:f92bdce459e54fb70a771651eb437777d1ce8ffafc24167c3fa5ff79b525b803"
  }
}

result "module.eval[\"loss nonsaturating\"].stage.pr" {
  key = "b7b34cbef2907facb884112405888988437423827414199b5487809b9c0c9535"
  outputs = {
    "metrics" = "sha256:5d3db2b64e1d394661d160b2bf83d7fd142657af435e7a2dd1d023516fc9415e"
  }
}

result "module.eval[\"loss wgan\"].stage.fid" {
  key = "08a00b99d77db8297b943f32fc4601c5533bb56649a0a7665b00fe85228e7270"
  outputs = {
    "metrics" = "sha256:ee4f72e9c1c3278bd8a4d1f4c5a2b77d7a1b95cab1b066dc4813cefad05513ba"
  }
}

result "module.eval[\"loss wgan\"].stage.is" {
  key = "cc6b55ba726f5e1be646d6e0f2dd9a094e7ac10f76db2d9441c839f654d3850d"
  outputs = {
    "metrics" = "sha256:a237cb87e389002189c18a561c8efd6289cc81a4a1e066aaac62fa6a1b38b03d"
  }
}

result "module.eval[\"loss wgan\"].stage.pr" {
  key = "7fc05e8f839566ac6f565c7fbb9c80618ff5841afc8d50ac6d5e4b05c54a6472"
  outputs = {
    "metrics" = "sha256:698b367d1048e57733f80813dfdf24f372810d764782a579347454e4e5b5b737"
  }
}

result "module.eval[\"loss wgan_gp\"].stage.fid" {
  key = "af1527ba57cda8cf6af909ef647ad8fe040515bab412b5a3bb1442368d54b37f"
  outputs = {
    "metrics" = "sha256:17c417bb42ebd0a46291de5353e92d1ced516312a68db13577e4dc8bdd061581"
  }
}

result "module.eval[\"loss wgan_gp\"].stage.is" {
  key = "521c34664f9494b5f67eaa1d5def333d57de5fd92624ff2b8788ddc7807e6778"
  outputs = {
    "metrics" = "sha256:156a087cb6e5ab94d39ae9b4028b43e80f7265ef3e3b7ad12c7a75a5ef337839"
  }
}

result "module.eval[\"loss wgan_gp\"].stage.pr" {
  key = "3136ce433d3ecc411e8f02e1b394b65b8e84e90f4eeeeecfbfc5a6c5f822cbe8"
  outputs = {
    "metrics" = "sha256:42d294f38a33db0b83e54d6e7bfea08e76326d0ea2a70b4fb4a342f7c55917e3"
  }
}

result "module.eval[\"trick feature matching\"].stage.fid" {
  key = "24f83a8ea17f5620d1a68cfbd4ad4625fb3f424dc89c4f1e8312a9944c1a25a7"
  outputs = {
    "metrics" = "sha256:bf9f05ef177ae48a38a5b37238e446c1cdbff13b638ede0fd6c9a3661a80b996"
  }
}

result "module.eval[\"trick feature matching\"].stage.is" {
  key = "c5937ca447d064dbf8089ea67169ed6b85f4b222c6b081fb2fe7435be769bd29"
  outputs = {
    "metrics" = "sha256:563ada436230f868c11849b1e42fa55d38f1a894e4c0aa271196cec61f8616ec"
  }
}

result "module.eval[\"trick feature matching\"].stage.pr" {
  key = "5d4e9996f4350e6c4456f0b4b8de1305a4888b04eb8ff20a0bf3c464192a433e"
  outputs = {
    "metrics" = "sha256:4a6b9ec028336366a07c447d326c9ba3400bb63731ca1936739644735900735d"
  }
}

result "module.eval[\"trick historical avg\"].stage.fid" {
  key = "3c608bf3115230979a73910f592a9fa0f1299a78be23363dab4ea8773758da32"
  outputs = {
    "metrics" = "sha256:defece61ce6109bf7814663afe8913d4af3b19c454076422050dbe85a402fe9a"
  }
}

result "module.eval[\"trick historical avg\"].stage.is" {
  key = "f035e85552b334e954b1c111e2ab45cac02f0e471551799a259efbadc106c7f3"
  outputs = {
    "metrics" = "sha256:0491def66390fd79d07f7a4a2111e68585a7c5b83f2af0eb92d3c5039421d750"
  }
}

result "module.eval[\"trick historical avg\"].stage.pr" {
  key = "431f72cc566bb562270a618a7f99a88ef836d2082b5519eb2a3e06e312c56938"
  outputs = {
    "metrics" = "sha256:3c8f8b445cb213333e6f3ddb1ec45e0270b50cd0c4a3d6c618968b4ab290d041"
  }
}

result "module.eval[\"trick instance noise\"].stage.fid" {
  key = "c4088d2f8ec8eeca1e62e97ed90cd2082611a783b6a3a0697a624406689d8297"
  outputs = {
    "metrics" = "sha256:126b980151e3c751365bf35337397627f2d1d37be32307bb9eef3c4de00c44a1"
  }
}

result "module.eval[\"trick instance noise\"].stage.is" {
  key = "6fd64d35cec0ecc59f78d9a700d85fb47fee03c401dda6a13dac019a419cea64"
  outputs = {
    "metrics" = "sha256:349c1dbf24631b554bad44f2e7d2e332540da30a47354dea49bf0019ffb1bf0b"
  }
}

result "module.eval[\"trick instance noise\"].stage.pr" {
  key = "bb395c0566dd9e7126a6eac881a3c0f833e735824107a0f1b5b6307dacbea583"
  outputs = {
    "metrics" = "sha256:cd74868e9718658c0ff25f93837d3ac6c83f7c16f0c6ae0e8bc1aba859686f79"
  }
}

result "module.eval[\"trick label smoothing 0.9\"].stage.fid" {
  key = "a05927dc877a075f6affcde15588992d1d56122fc8cd727d4ba6f6dca50376b2"
  outputs = {
    "metrics" = "sha256:05826c2c8059d5b8b4bb336648fb24d7cb770804ea0ffb11874220fc6dfe546b"
  }
}

result "module.eval[\"trick label smoothing 0.9\"].stage.is" {
  key = "81958a0c7535fa5c190664aa34e41d4d66d9da1e006ff8976577b9def5902966"
  outputs = {
    "metrics" = "sha256:df2986ddb169b64f541f8679007c09caca836e5385c450fd44e682a889d72cb3"
  }
}

result "module.eval[\"trick label smoothing 0.9\"].stage.pr" {
  key = "0ef6f997679f37b6ec799926f62ed6850d68dc181f6ca70a73be4a660df800f6"
  outputs = {
    "metrics" = "sha256:6a76d3dd2761c680bdcd94c9b6d49bb831d423baa9b774c8d569d85e56ca5a2e"
  }
}

result "module.eval[\"trick minibatch discrim\"].stage.fid" {
  key = "5345a8fcf9ca1915e306374066d1bd8ee89b2be2036dff75da7b23ca7866a4e1"
  outputs = {
    "metrics" = "sha256:048ce3b4d25d994af87bff8275b306253689a98f530d749f78c7ecf58b4342ee"
  }
}

result "module.eval[\"trick minibatch discrim\"].stage.is" {
  key = "1ad74d97eb6984f807e78e5eddf81000d91d3fd779c20a57a928d0de36860098"
  outputs = {
    "metrics" = "sha256:cab7ba5116b614c7e8fe2abab63ede4f439824ca658772880cb8b871c453ba2a"
  }
}

result "module.eval[\"trick minibatch discrim\"].stage.pr" {
  key = "70fb30091345d8a6f9bff7c9e22146ef2dc573a8b12b1d683c8db7c48f8ed686"
  outputs = {
    "metrics" = "sha256:9aaf6fd195d5851def517467ad34631c555693e17e44cbf6d94a176fddc2a03e"
  }
}

result "module.eval[\"trick spectral norm\"].stage.fid" {
  key = "9316d1f4431eb7f877a22273cf4f2193e82a0eb6c04475f6c8f5065851942ec0"
  outputs = {
    "metrics" = "sha256:8860908aa62b54828bce80a133cedeb653a407b804068255b5a0157fd05a177e"
  }
}

result "module.eval[\"trick spectral norm\"].stage.is" {
  key = "a56c8be941237058a675b9f4739e150958843a4b4b47e14591b859355ddbe7ad"
  outputs = {
    "metrics" = "sha256:c8c511be839453556be698bf5b8e6b7151d0c4b8105a9328825e19b5ed173ebc"
  }
}

result "module.eval[\"trick spectral norm\"].stage.pr" {
  key = "d22526cf087c7b79f3e8684d9effa3bdcd152c9573138c86699d5bd66259596f"
  outputs = {
    "metrics" = "sha256:f4b5c1b12570a4103eb2982271ddc33b4183de83d7aba1acfd3354c64475f394"
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

result "stage.gan[\"loss fgan gan\"]" {
  key = "b6c3f9f1c100c5235a7cd24d3397314dbb40dbbbbeb2b9315113517076d69504"
  outputs = {
    "history" = "sha256:f87a8d73d9c3c506ae6a708528512fd3304489e3c90f9e26843ec74d868770a9"
    "metrics" = "sha256:6a6d3da53f396df3f6568d66e7e1cb764606e0b7d97a2dd40fb845c6b7485a57"
    "model" = "sha256:99ed7d98c19da65371742e3e06310db0769dfcdd9119065e523838aa2ee3b240"
    "samples" = "sha256:524721baa7f3e6f6d465ffe9e0a6f2b4c8eced431d76d8c3c5c6d29d7635813b"
  }
}

result "stage.gan[\"loss fgan hellinger\"]" {
  key = "6b295e5d948b42dd24ac239e5bfdf3188e43ef77b9c9e71c033b1238e95e6c7d"
  outputs = {
    "history" = "sha256:a29c59b2cdfaf9ac1def627684646c37e49ff9ae259a3f9abb787cc01591ff5a"
    "metrics" = "sha256:5be1189b2eff7dba29836c66463a9a580be3d34c01d340e52e8de37ca76ff399"
    "model" = "sha256:19c579e47bcdc4f6c1c5fd744e7ab6d6a65a402d13cc35f775e9e0a1d8f447bf"
    "samples" = "sha256:5afa04e4a486e7f98157879457f91b46133018bbcbb6ae934f8d86978d8168d0"
  }
}

result "stage.gan[\"loss fgan js\"]" {
  key = "8879d862f8b4e6d3b8cb7642906aa58d5d3242c17ea292033b6df8415a415abb"
  outputs = {
    "history" = "sha256:fe1661aa9cc437ec3bbb0d8121d0ebd6a45c87326ada4b81f1dccf985e4a9c33"
    "metrics" = "sha256:cc243ec7cb4834e17ac086c5db21c38fb4720063dcfc502bd90a67aa5c5cc7f4"
    "model" = "sha256:86a1ff856acf356d463afe712d130d194b067408994023158161798e0eea8b2a"
    "samples" = "sha256:24ff9d5542dbcf3857456b829b96231097026753c673c5df9128a4926801e044"
  }
}

result "stage.gan[\"loss fgan kl\"]" {
  key = "4805ebfaed28d9d8ba1b1284a8328482d11d04f4ad6da8afcc4fc0fae5703ee6"
  outputs = {
    "history" = "sha256:79b1afbb8a9a3b90efb9410a6887fe09fe9632744b1fd483d1e88ff5513af14d"
    "metrics" = "sha256:ff21cd9086241c7d6581b4947b60de9d4deadb0b9623ae5c762b59aae553a78c"
    "model" = "sha256:6ce3680c8c122a20afc38b43f70ccac2e056ace7bd4f694f20fd1bc288c90301"
    "samples" = "sha256:e3689791ea8128c90dda9b23b05d3a1a6172f85df9fa10c5f3ef28f547cd6ac5"
  }
}

result "stage.gan[\"loss fgan pearson\"]" {
  key = "bd122fedf3284fcc620d146b002b1f7dbe320f10b359c66bad402eef5d657ab5"
  outputs = {
    "history" = "sha256:9cab1337ba8afe00ab4193e309b3185b7e4dfaee3175090ad623baafd5b4e895"
    "metrics" = "sha256:2eda587e53c5a2841832e075990f429b804c3bc1958095a8238ceb703201d8cf"
    "model" = "sha256:56f00b0aa168d3d23b3fbca585a91ac2562eee947b9616435632ba6d25211b02"
    "samples" = "sha256:4d2ded25a9157153adc675136327b163a2d47858d931386af313a99678686a6f"
  }
}

result "stage.gan[\"loss fgan reverse_kl\"]" {
  key = "e42daa3012c4d63b677ba794a9018ff8e54b752a70ec173ce799d129569c3fec"
  outputs = {
    "history" = "sha256:2909acd51e43741e793429832b66f6792c07d79398c281cc257a242c9ccda36a"
    "metrics" = "sha256:ee5fac631c461501168e60859a9a9c39eeb489e27e035af7a0ed808e8896b4a0"
    "model" = "sha256:092fa5e4b09c22198c4aadb055b3012a1c2cd19e2db35d054288ae6b11451164"
    "samples" = "sha256:2dc9d6ab1bebd53e5d398d12704415359d6ba87eda13ba793a48620a67d55847"
  }
}

result "stage.gan[\"loss minimax\"]" {
  key = "6dc3694b59aba455979dbc601fa99b5c16f5ebee81daf0a85d143e3cad312504"
  outputs = {
    "history" = "sha256:8e511de38e3eb1cd91b9f24b56760dac8538825e9c2110bb8ea16d1c88f1496b"
    "metrics" = "sha256:54d625006ee486770ee0e0edf076e3edc05ac8e75a11f2f7fd3617ee70fd4773"
    "model" = "sha256:dc49c03fb7927992688c8c8664cfe2d3267e0bef25ef90588372ccf717d1506b"
    "samples" = "sha256:d548216320f34b3fcec75ba0808ce64f79760d143f3424a5952a25764aeb1714"
  }
}

result "stage.gan[\"loss nonsaturating\"]" {
  key = "b7b1e3c936bee9b64925d859e34451420c2358edfce72311f2f42a1b0b475bf7"
  outputs = {
    "history" = "sha256:5d896df8ad2846882b486aac8fb3ecc03fa6cfc5a5e39d4fae2e6fc70953661c"
    "metrics" = "sha256:7a2b7ffecbc8ecf2860b15b15c5c31a70f9170918282ad8bb14971eb6c2d6bad"
    "model" = "sha256:1bd63bfbe91418a9cbbf289501d29e1d1a4d53bfadc5a9873b6d69afcd7f09f0"
    "samples" = "sha256:407d57524e9bc7a82d136d586f1c56d72ba875c01ae8581841f34a84f09b334e"
  }
}

result "stage.gan[\"loss wgan\"]" {
  key = "8fce55e4efd4b7c20188409a3f69c08f72b1af3a9d0be21c63539e8730135ebc"
  outputs = {
    "history" = "sha256:551d429d875f28cd4580a4578c2a34e8f8e4e980644720aaaefee3114c4cf41d"
    "metrics" = "sha256:5bff88ef81c6b8ab1b7d53ac573d9e00049c6b8024bb63be48a49d9652570364"
    "model" = "sha256:b8c958a30394b6ed4ce066fdf31c0e7d64be81f8299121bbb121e27ea6485c21"
    "samples" = "sha256:751a98d35f417a8068d7871b5f1b1aa57fc006145e6ae5964214e7aaf07a0e48"
  }
}

result "stage.gan[\"loss wgan_gp\"]" {
  key = "185738fbc6db1e52796122c9965605e149a73abc505b8e5f6edb0d6579fa623d"
  outputs = {
    "history" = "sha256:cc08319e1971ac54b67c83746540724efe3342833541215bbd66831c84bb6ffd"
    "metrics" = "sha256:f038290f655edb986ee210dd2b4b49e822bb991509949e3eedc12b5b1560a173"
    "model" = "sha256:16a268f8606e1513a61a4a8e6518b9cc2e4ddb27df09960f382bfe771b07beb2"
    "samples" = "sha256:3767a00cf2ca2c1330658c5b4768cf1e2d1718b8dad2fb4f0034ebb7e8b57a15"
  }
}

result "stage.gan[\"trick feature matching\"]" {
  key = "d5bc2464b3b7e5ad19991d445769ad08e3e8af3fa901777228d2566956fd052a"
  outputs = {
    "history" = "sha256:44a2c2a37bd9636659467905a18b266dbcbfe745ca658f82b122b33a98c625be"
    "metrics" = "sha256:15e593e499db049886b5d7760ff8f39e2b9ef6eac2a62e4437db11864e6e077f"
    "model" = "sha256:8183237e50976a10febdc5edd2002c5749ad4ece73265f0fddd1f0a5626f4cf4"
    "samples" = "sha256:41591960ee3d1a2fd3c48fe144fc85d7186e56534c0a5f263aa975b7aeb80125"
  }
}

result "stage.gan[\"trick historical avg\"]" {
  key = "c52fe2e6e6f28c79175c99eef00fab4e68dadc83520e21601d51c2680afd65fa"
  outputs = {
    "history" = "sha256:441f316625aaf8ffbb2e64fc1180e6c64bccd3543a9eafbc12303fcd0c8a0164"
    "metrics" = "sha256:5490df4f9855bd55fbf08c20b2f3b0931e99827ab2551941721863e3bfc50dbf"
    "model" = "sha256:7f2a722117dfc752eadbd02f07f308dce53f9318efae6db6324793b427a959c5"
    "samples" = "sha256:d1012b17431372662434bad3653101ce65d6a9baae8011e28c6669e027c0a21d"
  }
}

result "stage.gan[\"trick instance noise\"]" {
  key = "9454d2e1cfaf4d1436e02f3787264cdf78f1602076cf48b1384b98a6e48b9a51"
  outputs = {
    "history" = "sha256:84d7198dc86caf06824f7776459e4a2c5845ef71372348bb8e57378a94352b79"
    "metrics" = "sha256:cbe8949a62a401eac3e0b0b7ec6b47dda672da11a7b87dbc3a3272609eadc042"
    "model" = "sha256:9e0b3a6948c37803ce7afba21bbb80e30f4459d26e22167bbb4a4e6fff8f6a36"
    "samples" = "sha256:32b7cd7696880a1945b3395ee5b335d290ed91b91531c5a001e8e9187e202617"
  }
}

result "stage.gan[\"trick label smoothing 0.9\"]" {
  key = "6d1c826fb991915f00499a19a3875f9c3dcf3867581546df31e7d9ea5b88a3d5"
  outputs = {
    "history" = "sha256:f0dfd6dd6912e45f4ccabb3c5ffbc5f69610380155952ac046a8b55cc7a7bf9e"
    "metrics" = "sha256:b2f8ff8da124c0efa0709bdd603e3f85f95e15ee452a1be9d8d9ed1a96ab5f67"
    "model" = "sha256:49caeebfc2b6758cb0c8e9f7db39f951bb9a702a5fd44acb8036c6ff24ef3399"
    "samples" = "sha256:fb98dfcbe01ce4f0481b4606681f621c267fe29acc6684c39fe85d914e168748"
  }
}

result "stage.gan[\"trick minibatch discrim\"]" {
  key = "49ff37e302852c57ad331d65323bfde1f1fceee4f991b8fef86af08959141cd8"
  outputs = {
    "history" = "sha256:e8dd56a58145d779ce22b231b0ee0d6b2bda0839207f0ebc5c7e345955110c5d"
    "metrics" = "sha256:bb7b19763245212acba7196f7147d14a135601356a58939ddce53cd7cec3cf6f"
    "model" = "sha256:a89a05ee3364548324cef7c787f1f2b89cb9622546ac06c5bf09121231096edc"
    "samples" = "sha256:ac3f59f03e5bea0dd2b2d798e940143cdee0ac67e1a300a5a91fd4e860ed80c1"
  }
}

result "stage.gan[\"trick spectral norm\"]" {
  key = "c15fb530d84aa13297b43405d316b82c9c16a01e4aa24fdb31eacec5816b14a2"
  outputs = {
    "history" = "sha256:c862192a3b4f243836a872d9ac540bae689d8af911a193925c3650ca85664819"
    "metrics" = "sha256:fdfd8ef1d689d0c316135222affdfecd0e604e98417b46c5f713ef444c94edad"
    "model" = "sha256:84f4beac8fb86dab6b79ddb1d480e966e6cb7509881f71e4b9a44a95bc833922"
    "samples" = "sha256:e909e487fc8e8a49101c6e83d3d1d43f9dc3321fa0a7aa5ff422c22267122191"
  }
}

result "stage.ll[\"loss fgan gan\"]" {
  key = "4d2ff8b82d8b42a333eba1251dda4e5b109f14988126196d555fca551190b8a6"
  outputs = {
    "bandwidths" = "sha256:266e298b64bad24509dc5e34d8be19d776d404411d0a2933dde6f265dc39d0c3"
    "metrics" = "sha256:c6ef8a9380a500a45c03e4516bb9874cf98677600b98fc1ae862565909abf479"
  }
}

result "stage.ll[\"loss fgan hellinger\"]" {
  key = "912264b6a484540aa33f66a9fa295135e21206c52160c9c26ac54d2af33155a0"
  outputs = {
    "bandwidths" = "sha256:70f31da2e739f371a3d227a0e17d9781ccd284cf5020cc28b930e64a9e5f5ccb"
    "metrics" = "sha256:78f45d10d25db0b0c63d8017a179c6e76375d304b6a8c27cbbaea82d77ffe24b"
  }
}

result "stage.ll[\"loss fgan js\"]" {
  key = "4541eb1a96fd27341f31ac3a35cf5bd8cfd5f1a4872111991fa3e53b8f52d617"
  outputs = {
    "bandwidths" = "sha256:015e0793bfbd55886b3679a6aff85efe3a26189a46c94c60213a76e4edfda7ca"
    "metrics" = "sha256:09f67cd0190fa52c435f3bf2d733c74f0e7903a4374facab20ec4b7492287f97"
  }
}

result "stage.ll[\"loss fgan kl\"]" {
  key = "5a965350fc174e7c87246679d31b5a54109e0004e6318e367ccb00bd17509d1d"
  outputs = {
    "bandwidths" = "sha256:f49c44ac51c55bccd91f91c8863aa3e4a5ded657fa4d63fff273d12aa2cf53c9"
    "metrics" = "sha256:e92ddac6590fae3c70652a4b2b7ac46394254c5240c93c2bac6a14e09d49f8ac"
  }
}

result "stage.ll[\"loss fgan pearson\"]" {
  key = "27735aa77873920ebacec264253c6e28b58af83972fc19507fac36d07de09438"
  outputs = {
    "bandwidths" = "sha256:d4f9f8f9e4a0258730bc735b35543f97755f2bd880a300aeaa6fae1be0e20566"
    "metrics" = "sha256:6b49d31a83048d58299fe508e70365545f82e02b1e9cd851b103cdbeeacac1d3"
  }
}

result "stage.ll[\"loss fgan reverse_kl\"]" {
  key = "1725a8889ba9d6275c9a99139bdc015db4ec45b2d4c70b7b8cdff878dc0638c5"
  outputs = {
    "bandwidths" = "sha256:8b6ceb49361c56012b79f5fa45ba800d35a57dee882606669aa4ac952afe5d61"
    "metrics" = "sha256:591b65a6299ad780dfd4443aff20212909dc85588fcd6c06434c3196fb103423"
  }
}

result "stage.ll[\"loss minimax\"]" {
  key = "cf7d4580cd6d26f6d9d0ac2ff54613bd9364f0bd0697332ddee799d7139482d0"
  outputs = {
    "bandwidths" = "sha256:ec31b466ac6037bb7455bab1a7145c37920ba0d79c61ae03a56897f9e054e009"
    "metrics" = "sha256:719f095e791e88ecb10e98f0fb9ab6303a7e5543a6769195be08fe46f6a127fd"
  }
}

result "stage.ll[\"loss nonsaturating\"]" {
  key = "ef1a700e503f0b1cbeb7a42d64cc77fd521b0d8da9615f307ef3c4b08498df10"
  outputs = {
    "bandwidths" = "sha256:6c8b84f53d27ced4a009bd84ce22154a133e8bcf9efa78d0d387c59ff1fe54dc"
    "metrics" = "sha256:6a35fdd27ef644c4054e85fb8e895813a63e6beb574d2e8fd57e5fbcd9234cbc"
  }
}

result "stage.ll[\"loss wgan\"]" {
  key = "1ac2e1859595c78e81365d5ff3f0831dd3d3059f0650ab1e7d32905963ce9f09"
  outputs = {
    "bandwidths" = "sha256:60aca2f226f52914fb4ac571c4a13282a9190cf29363ca6f8426cb483cf473a9"
    "metrics" = "sha256:58c06292ce92fb5e622e221457bb61e02fb567de463bc59e4eef181035a1f3f2"
  }
}

result "stage.ll[\"loss wgan_gp\"]" {
  key = "d60a3c3c9db70c16c5456e6989601e64466045f6e139ee6875f81e814c41ef09"
  outputs = {
    "bandwidths" = "sha256:54e7e3c216e97e723db6046118ab2dce25a1562ec5de547e5d02f632d1d4e8d4"
    "metrics" = "sha256:3ae80242210a16bfdd413f1ef60694eaa483235b1b82b9c4ab06c75d32e8bdcc"
  }
}

result "stage.ll[\"trick feature matching\"]" {
  key = "6900e1958c1cd2efc6dfc6f380a80ab09fd52ed4eea049ca994642181cbcc12a"
  outputs = {
    "bandwidths" = "sha256:fd5008bb3f724356b4b9fb9355c0e9bf8211a0c4ee88b8ce1aa388b74c567dd5"
    "metrics" = "sha256:9b78bf405e2e6c58157a6fe1498f979754461163b9f1b007a9eee7409d79791a"
  }
}

result "stage.ll[\"trick historical avg\"]" {
  key = "a57a345756ceb98e01b9528efd01ec10f41ff3fb39959be6ccf054432bc13bb4"
  outputs = {
    "bandwidths" = "sha256:bb6d8eda217f1f62f3ad16916903c5339b2f039afee22fc26066182e85e8c71a"
    "metrics" = "sha256:13c204d5e2f4302d705e4d6beeb42f8638229026b6f154ed0d62042cebbafdef"
  }
}

result "stage.ll[\"trick instance noise\"]" {
  key = "bd24faebe1b72f6ba015159e5954302cc4ea311c54fe3a06e2f52ef55676795a"
  outputs = {
    "bandwidths" = "sha256:2e57b8a1fc091aabe4f15ec1dd3428c1ef09142ed38ad87576501b6fa78b96c7"
    "metrics" = "sha256:86f8b52909d885ff597ca9204abfd22c0308aada1f494127ee4b7215b093b4e7"
  }
}

result "stage.ll[\"trick label smoothing 0.9\"]" {
  key = "1bb6ea7441c5423a9e2ec1b1c637a8819e488e2370ae4dcf90e0946300a8a02d"
  outputs = {
    "bandwidths" = "sha256:63f4d1a836443eacfe9facf723ff4f45c267815ae81a43ddee538ca703ac7a0e"
    "metrics" = "sha256:61d1102aab5923e6a921b4e6228eb8b216b6b40d69f409c6a59a665e598310a2"
  }
}

result "stage.ll[\"trick minibatch discrim\"]" {
  key = "ec3e6a41145a9f573df132423c373480ae0884bb215aba4bd4a09edbc9974f73"
  outputs = {
    "bandwidths" = "sha256:0f6b2f43e61785729f79fff4855e82e85c1113d2658525d731b92efae318c784"
    "metrics" = "sha256:1c8aa75e19c616bf6edc4d70e196d0c6bac080673cdf436714d80512c418ea95"
  }
}

result "stage.ll[\"trick spectral norm\"]" {
  key = "79c77ca2145f1b7b7636d622eacfae26bdc669f5c0fdea12aa6dcfb88002f5e3"
  outputs = {
    "bandwidths" = "sha256:64d133f3be14b8b4341c616815597159e5786203a44bc71bd72d1fab60d4016b"
    "metrics" = "sha256:c042889953fb0638018dee8ca7cc7a11b85998c71d3e870737e7f63e7d20a907"
  }
}

result "stage.zoo" {
  key = "d22688002f4b62f3fcc8df6a0c95bcd169452832e1ce31f3a5d42bf5c45f2089"
  outputs = {
    "files" = "sha256:b4116249269fa0952a0e72c8217ec8758caf52c2e1b7ad7f76ed8da65f7ef712"
  }
}
