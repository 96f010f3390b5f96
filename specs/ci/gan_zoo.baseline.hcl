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

metric "gan[loss fgan gan].d_loss" {
  value  = 1.31948
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss fgan gan].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss fgan hellinger].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss fgan js].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss fgan kl].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss fgan pearson].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss fgan reverse_kl].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss minimax].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss nonsaturating].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss wgan].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[loss wgan_gp].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[trick feature matching].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[trick historical avg].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[trick instance noise].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[trick label smoothing 0.9].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[trick minibatch discrim].diverged_at" {
  value  = 0
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
  spread = 0
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[trick spectral norm].diverged_at" {
  value  = 0
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
  spread = 0.142925
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss fgan gan].fid.fid" {
  value  = 228.051
  spread = 17.9264
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss fgan gan].is.is" {
  value  = 1.00064
  spread = 0.00132849
  runs   = 7
  stderr = 7.39588e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss fgan gan].is.is_std" {
  value  = 7.39588e-05
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan gan].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan hellinger].fid.fid" {
  value  = 230.507
  spread = 14.8776
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss fgan hellinger].is.is" {
  value  = 1.00013
  spread = 0.00112125
  runs   = 7
  stderr = 1.39752e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss fgan hellinger].is.is_std" {
  value  = 1.39752e-05
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan hellinger].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan js].fid.fid" {
  value  = 226.872
  spread = 17.3759
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss fgan js].is.is" {
  value  = 1.00012
  spread = 0.000357291
  runs   = 7
  stderr = 1.09647e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss fgan js].is.is_std" {
  value  = 1.09647e-05
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan js].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan kl].fid.fid" {
  value  = 219.919
  spread = 17.824
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss fgan kl].is.is" {
  value  = 1.00061
  spread = 0.0009925
  runs   = 7
  stderr = 6.88494e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss fgan kl].is.is_std" {
  value  = 6.88494e-05
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan kl].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan pearson].fid.fid" {
  value  = 226.4
  spread = 17.9603
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss fgan pearson].is.is" {
  value  = 1.00036
  spread = 0.00111046
  runs   = 7
  stderr = 2.05438e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss fgan pearson].is.is_std" {
  value  = 2.05438e-05
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan pearson].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan reverse_kl].fid.fid" {
  value  = 218.364
  spread = 17.0881
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss fgan reverse_kl].is.is" {
  value  = 1.00097
  spread = 0.00151189
  runs   = 7
  stderr = 0.000132267
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss fgan reverse_kl].is.is_std" {
  value  = 0.000132267
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss fgan reverse_kl].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss minimax].fid.fid" {
  value  = 227.154
  spread = 18.0746
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss minimax].is.is" {
  value  = 1.00009
  spread = 0.000836162
  runs   = 7
  stderr = 4.18536e-06
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss minimax].is.is_std" {
  value  = 4.18536e-06
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss minimax].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss nonsaturating].fid.fid" {
  value  = 229.997
  spread = 17.0748
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss nonsaturating].is.is" {
  value  = 1.00028
  spread = 0.000419194
  runs   = 7
  stderr = 3.35496e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss nonsaturating].is.is_std" {
  value  = 3.35496e-05
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss nonsaturating].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss wgan].fid.fid" {
  value  = 251.32
  spread = 12.3023
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss wgan].is.is" {
  value  = 1.00919
  spread = 0.00369319
  runs   = 7
  stderr = 0.0011744
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss wgan].is.is_std" {
  value  = 0.0011744
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
  spread = 0.534522
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss wgan].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss wgan_gp].fid.fid" {
  value  = 252.277
  spread = 12.0891
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[loss wgan_gp].is.is" {
  value  = 1.00141
  spread = 0.00047549
  runs   = 7
  stderr = 0.000186537
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[loss wgan_gp].is.is_std" {
  value  = 0.000186537
  spread = 7.99039e-05
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[loss wgan_gp].pr.precision" {
  value  = 0.146
  spread = 0.472657
  runs   = 7
  stderr = 0.0111662
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[loss wgan_gp].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick feature matching].fid.fid" {
  value  = 225.115
  spread = 15.9125
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[trick feature matching].is.is" {
  value  = 1.00063
  spread = 0.000736384
  runs   = 7
  stderr = 8.24679e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[trick feature matching].is.is_std" {
  value  = 8.24679e-05
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick feature matching].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick historical avg].fid.fid" {
  value  = 228.541
  spread = 16.3017
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[trick historical avg].is.is" {
  value  = 1.00026
  spread = 0.00021885
  runs   = 7
  stderr = 2.77975e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[trick historical avg].is.is_std" {
  value  = 2.77975e-05
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick historical avg].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick instance noise].fid.fid" {
  value  = 230.725
  spread = 16.7876
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[trick instance noise].is.is" {
  value  = 1.00042
  spread = 0.000695414
  runs   = 7
  stderr = 3.95443e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[trick instance noise].is.is_std" {
  value  = 3.95443e-05
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick instance noise].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick label smoothing 0.9].fid.fid" {
  value  = 232.85
  spread = 16.6416
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[trick label smoothing 0.9].is.is" {
  value  = 1.00186
  spread = 0.00111466
  runs   = 7
  stderr = 0.000270579
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[trick label smoothing 0.9].is.is_std" {
  value  = 0.000270579
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick label smoothing 0.9].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick minibatch discrim].fid.fid" {
  value  = 219.808
  spread = 18.7151
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[trick minibatch discrim].is.is" {
  value  = 1.02592
  spread = 0.00731138
  runs   = 7
  stderr = 0.00351616
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[trick minibatch discrim].is.is_std" {
  value  = 0.00351616
  spread = 0.00134966
  runs   = 7
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[trick minibatch discrim].pr.precision" {
  value  = 0.988
  spread = 0.0549589
  runs   = 7
  stderr = 0.00344325
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick minibatch discrim].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick spectral norm].fid.fid" {
  value  = 231.273
  spread = 9.82617
  runs   = 7
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[trick spectral norm].is.is" {
  value  = 1.00252
  spread = 0.00046928
  runs   = 7
  stderr = 0.000383403
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[trick spectral norm].is.is_std" {
  value  = 0.000383403
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
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[trick spectral norm].pr.recall" {
  value  = 0
  spread = 0
  runs   = 7
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "time.clf" {
  value  = 13.8913
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 0.833399
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan gan]" {
  value  = 2.1188
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan hellinger]" {
  value  = 2.31458
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan js]" {
  value  = 2.12312
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan kl]" {
  value  = 2.09695
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan pearson]" {
  value  = 2.39246
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss fgan reverse_kl]" {
  value  = 2.45848
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss minimax]" {
  value  = 2.59524
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss nonsaturating]" {
  value  = 2.63853
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss wgan]" {
  value  = 6.11407
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[loss wgan_gp]" {
  value  = 9.1975
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[trick feature matching]" {
  value  = 2.05433
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[trick historical avg]" {
  value  = 1.93986
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[trick instance noise]" {
  value  = 2.10883
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[trick label smoothing 0.9]" {
  value  = 1.74429
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[trick minibatch discrim]" {
  value  = 10.7852
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[trick spectral norm]" {
  value  = 2.26856
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan gan]" {
  value  = 0.168911
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan hellinger]" {
  value  = 0.282845
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan js]" {
  value  = 0.269958
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan kl]" {
  value  = 0.247411
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan pearson]" {
  value  = 0.207935
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss fgan reverse_kl]" {
  value  = 0.244589
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss minimax]" {
  value  = 0.183005
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss nonsaturating]" {
  value  = 0.261704
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss wgan]" {
  value  = 0.2312
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[loss wgan_gp]" {
  value  = 0.242173
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[trick feature matching]" {
  value  = 0.355644
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[trick historical avg]" {
  value  = 0.169843
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[trick instance noise]" {
  value  = 0.233142
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[trick label smoothing 0.9]" {
  value  = 0.212107
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[trick minibatch discrim]" {
  value  = 0.177286
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ll[trick spectral norm]" {
  value  = 0.424759
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan gan].fid" {
  value  = 0.687008
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan gan].is" {
  value  = 0.326612
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan gan].pr" {
  value  = 0.901732
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan hellinger].fid" {
  value  = 0.775708
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan hellinger].is" {
  value  = 0.355362
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan hellinger].pr" {
  value  = 0.883808
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan js].fid" {
  value  = 0.629922
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan js].is" {
  value  = 0.34521
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan js].pr" {
  value  = 0.813424
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan kl].fid" {
  value  = 0.748914
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan kl].is" {
  value  = 0.416716
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan kl].pr" {
  value  = 0.71948
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan pearson].fid" {
  value  = 0.667169
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan pearson].is" {
  value  = 0.359532
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan pearson].pr" {
  value  = 0.751632
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan reverse_kl].fid" {
  value  = 0.64482
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan reverse_kl].is" {
  value  = 0.405529
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss fgan reverse_kl].pr" {
  value  = 0.822523
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss minimax].fid" {
  value  = 0.532362
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss minimax].is" {
  value  = 0.491805
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss minimax].pr" {
  value  = 0.920247
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss nonsaturating].fid" {
  value  = 0.699851
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss nonsaturating].is" {
  value  = 0.485966
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss nonsaturating].pr" {
  value  = 0.830979
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss wgan].fid" {
  value  = 0.564909
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss wgan].is" {
  value  = 0.36259
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss wgan].pr" {
  value  = 0.784769
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss wgan_gp].fid" {
  value  = 0.507843
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss wgan_gp].is" {
  value  = 0.421165
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[loss wgan_gp].pr" {
  value  = 0.728774
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick feature matching].fid" {
  value  = 0.590735
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick feature matching].is" {
  value  = 0.316565
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick feature matching].pr" {
  value  = 0.94452
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick historical avg].fid" {
  value  = 0.754283
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick historical avg].is" {
  value  = 0.509215
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick historical avg].pr" {
  value  = 0.950881
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick instance noise].fid" {
  value  = 0.691209
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick instance noise].is" {
  value  = 0.409003
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick instance noise].pr" {
  value  = 0.763951
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick label smoothing 0.9].fid" {
  value  = 0.525596
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick label smoothing 0.9].is" {
  value  = 0.380273
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick label smoothing 0.9].pr" {
  value  = 0.723838
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick minibatch discrim].fid" {
  value  = 0.741654
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick minibatch discrim].is" {
  value  = 0.456768
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick minibatch discrim].pr" {
  value  = 0.798518
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick spectral norm].fid" {
  value  = 0.579075
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick spectral norm].is" {
  value  = 0.383307
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[trick spectral norm].pr" {
  value  = 0.517034
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.zoo" {
  value  = 0.157647
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

result "module.eval[\"loss fgan gan\"].stage.fid" {
  key = "719b0372432ba99af724747b63f894487f44bdbfbe463fcc5a77fcf2dc3ef6a2"
  outputs = {
    "metrics" = "sha256:b59f4da4c621cf5e00ffaebcb49d5491bfd1c5780210e738942bcc8fb0e1d06d"
  }
}

result "module.eval[\"loss fgan gan\"].stage.is" {
  key = "f668a19a53e8ce12bffcd4fd2e516542949163e8511ba4399ed6ba51dca94a04"
  outputs = {
    "metrics" = "sha256:e421b7e0e1ed823ab76fe16206dc0caf2ff4d8a2230950cd353991d4e6541169"
  }
}

result "module.eval[\"loss fgan gan\"].stage.pr" {
  key = "a75263070134dd28658a6b94859fff4c00c1aa1f1eec293fbcba7f7683ee226c"
  outputs = {
    "metrics" = "sha256:b99ac1c4accd88bf7b86a4ce4b74407d4edab51ed144cfc035afd3d9a11e2790"
  }
}

result "module.eval[\"loss fgan hellinger\"].stage.fid" {
  key = "1e2c6d463c2b0be263bf4b727393038f1eed6f14b3c478887fddeffe1db522f9"
  outputs = {
    "metrics" = "sha256:4179645ea6eceb26eecc8650e075dc30609231a26e8231bbfc56950e0a27682a"
  }
}

result "module.eval[\"loss fgan hellinger\"].stage.is" {
  key = "e89d197880aca6c1ba6643520bfb6711dfd2fe7288c1f59a1a9dce844aaff5de"
  outputs = {
    "metrics" = "sha256:a847301309412f80cf978a59260ad6cdd97313693a29a041f20dda94034266ab"
  }
}

result "module.eval[\"loss fgan hellinger\"].stage.pr" {
  key = "fe8c4974da698515723d16d86d8dea86921523ba0d8d42b9ff83f685f91071c1"
  outputs = {
    "metrics" = "sha256:9b65d752aa85705cf44af82ec98fd75526f5550eb4fd6118308068b9d1da455d"
  }
}

result "module.eval[\"loss fgan js\"].stage.fid" {
  key = "4ba75eb279e007382f192a98c635ae708a93d90a2bc5ab83c69cba61e968765f"
  outputs = {
    "metrics" = "sha256:78d0c72f4aa98edd2ddac566fc06da7d6f7ba9e3f29b334f9d88944a8aa33d36"
  }
}

result "module.eval[\"loss fgan js\"].stage.is" {
  key = "a145d23e7092def6959c198276d782588baf5e64e29d05039c654e516c93564e"
  outputs = {
    "metrics" = "sha256:ca6ded42714dfed04f833afb46598e2be04b0fd287a112453d2be9e274f0177c"
  }
}

result "module.eval[\"loss fgan js\"].stage.pr" {
  key = "bdc7ad86d332862c7775763931488cc3b6cdf2454e56d959ae35e84528ca4276"
  outputs = {
    "metrics" = "sha256:aeae2a4c86dd4f9e0cee91ebc730bf4b7ba0a024a0cff183a142c0f3c6ba8d26"
  }
}

result "module.eval[\"loss fgan kl\"].stage.fid" {
  key = "a7c0143f885004e0767f2ce26f3e3d0c7436a2531d04c6689253ca9d4f6a3a6c"
  outputs = {
    "metrics" = "sha256:0406ac6eeb23b94a04d3ab3b1ca3db971a6286b8e51c864f322ea65f4a5c506b"
  }
}

result "module.eval[\"loss fgan kl\"].stage.is" {
  key = "cad87270952fa3d058db5501f4d1f69335f631bd690f39e790868814e53981b5"
  outputs = {
    "metrics" = "sha256:b8322e86da853595742539d65c0d0b0407380b770bcaabbf277f1689b27c5a9d"
  }
}

result "module.eval[\"loss fgan kl\"].stage.pr" {
  key = "03fa196a0bae232a0d664e63dfc0ca5871f8af1b4930523ca3f3008d49b37db7"
  outputs = {
    "metrics" = "sha256:a71f471d585a1547f91420ffa8054d2b2192393ebf013384b8ccd503cc5a6299"
  }
}

result "module.eval[\"loss fgan pearson\"].stage.fid" {
  key = "c1721ecc51f8dd0e528d7393c600c7e3b7c8ade255e5f0e6f91de5b88199a9f9"
  outputs = {
    "metrics" = "sha256:d836ec416858021d89fc4c4dc23e17d3beac94fa1ce62c7064ba6a5af3b74eb1"
  }
}

result "module.eval[\"loss fgan pearson\"].stage.is" {
  key = "cba93949b1f5ef5bab60673dd79e5ba407ab658eab3fe8c4ff860244fab7fc01"
  outputs = {
    "metrics" = "sha256:ae4bf9be40e00aeaeda3702ea3bcec06d7a8e25ce76d2fa4035c4a3a0243b15c"
  }
}

result "module.eval[\"loss fgan pearson\"].stage.pr" {
  key = "adebf862f44873dd4cdf8f1dd6402b2feaccdb9e0cf62370e7f1c74a65e1282a"
  outputs = {
    "metrics" = "sha256:191609be2b12cf839ceb29b90b7a97572519b11c8eded9c602528942347eaf4e"
  }
}

result "module.eval[\"loss fgan reverse_kl\"].stage.fid" {
  key = "2335467c67996871dd245148cbcd9ae7bccbe7ec6c3ac2d5f2718d663370936b"
  outputs = {
    "metrics" = "sha256:1d73bd33733dbc4be3c5c5d220d27ac84ba09841f85067a2618af83122fca356"
  }
}

result "module.eval[\"loss fgan reverse_kl\"].stage.is" {
  key = "028b2c4e49f57acbe43e7401a3956fe9a7d0ffb5f47684efbe2ff50cd7f6943b"
  outputs = {
    "metrics" = "sha256:b0ce1f4e0df1c92462693d8382cfea1beb3fd0abc27601468cc71dee2538fba9"
  }
}

result "module.eval[\"loss fgan reverse_kl\"].stage.pr" {
  key = "822555ec07a846980e6bf1779395e3f1058fb3198e7e08dc8715b88bcb732507"
  outputs = {
    "metrics" = "sha256:4640929def357ab5287acd00e79455f7168c140e0eb3e1837be5a4ca9c3c48e4"
  }
}

result "module.eval[\"loss minimax\"].stage.fid" {
  key = "03e8d97163ee19399dd56a93e13c73cf3be1a9da918e3c3d25d9198f56115ca3"
  outputs = {
    "metrics" = "sha256:11d342874f0a1b6fe3df62eeb3e587a4a632fbb0162b6ddfcb6adfc45e925cb8"
  }
}

result "module.eval[\"loss minimax\"].stage.is" {
  key = "56974595835782e4469fbbe2ebfb9345900c9ac41f3ebdf3552164649e31fda0"
  outputs = {
    "metrics" = "sha256:f99c742ac1f7be8fc0a5b545e524f511ae17ffb5e0e64d412daeb4128ef92a19"
  }
}

result "module.eval[\"loss minimax\"].stage.pr" {
  key = "a360151f89ac3b3ec0029cae52cad9279790d5d00d43811baf86638378447456"
  outputs = {
    "metrics" = "sha256:2b1f0739ecbd5d88f860efd0c51cbc4a43d8313fea4b74f88eb81c0a9e46643e"
  }
}

result "module.eval[\"loss nonsaturating\"].stage.fid" {
  key = "c91c50ca9b5ead0d2c0e3d33e941ad0f11cf71ed053728556b83b8e29ea315dd"
  outputs = {
    "metrics" = "sha256:d813f2d4a17743c6359383d255feff7d3bfdb7ce0e8cd49f44866adf4a69ac8f"
  }
}

result "module.eval[\"loss nonsaturating\"].stage.is" {
  key = "6bfcb550618cf01c30b481a8304a9e309611a7857bc4e467df9c8e9363afe98d"
  outputs = {
    "metrics" = "sha256:952cbcc5d77ca51957ffdb0a4238b0d9396fee98b0591faceb0cd315eaa8b418"
  }
}

result "module.eval[\"loss nonsaturating\"].stage.pr" {
  key = "e9a5260806d43951b3c22735782a05412892eb94e3cc4b7aafe2cadbc9c41dad"
  outputs = {
    "metrics" = "sha256:60249e258cc38639ae40441d02016c1e623ee8ed324725bb5da9f84eed1ba07b"
  }
}

result "module.eval[\"loss wgan\"].stage.fid" {
  key = "45dbf167143236d633c8f4a5ff9365cb6191a1bb15b103e34049093aaa8b2f2a"
  outputs = {
    "metrics" = "sha256:69d8aae7dc64527d51d63e35f57004ef8f7cfe7a14d1ba37beb53636f82ea57c"
  }
}

result "module.eval[\"loss wgan\"].stage.is" {
  key = "b80b41fddbc1682dad8116c4ae806b8eb2e599ff9800a684d0c593a0fcbb0c1a"
  outputs = {
    "metrics" = "sha256:cf9109308220651b487f9f12a759901ca18ca57ee849982dba45cdc651d85888"
  }
}

result "module.eval[\"loss wgan\"].stage.pr" {
  key = "94fc0743f1e76d05145988371ed54aaf7c9624f709e294b03a9bed90214ae10b"
  outputs = {
    "metrics" = "sha256:1dd0264afa86fe23739d8c8034837c65a3e45d27965aac3d00e924d27aa5e799"
  }
}

result "module.eval[\"loss wgan_gp\"].stage.fid" {
  key = "be1389dd9062db1b0ff4497d06f783b767d71ef8c90b743e581a24692c46f604"
  outputs = {
    "metrics" = "sha256:b0d93169e0d98c8ba8f044eb51377ca70ec44288b73977b3d12688e4652ab332"
  }
}

result "module.eval[\"loss wgan_gp\"].stage.is" {
  key = "5c1245f235d2f73bb6f6314cb2a86c3d314f5eff6cb472515076793588eacd0b"
  outputs = {
    "metrics" = "sha256:5bb7ff34501c3410651e945e7245f7f4ec95c865b4e23313128965d61619dd37"
  }
}

result "module.eval[\"loss wgan_gp\"].stage.pr" {
  key = "02a37706abe30358afa631985d8f35d46c7fb0024969de9c9152f5b931e840bc"
  outputs = {
    "metrics" = "sha256:da924cc8ef4956a3adba6bdeaea27150a39c72f47c470438e94cf8eab0d5387e"
  }
}

result "module.eval[\"trick feature matching\"].stage.fid" {
  key = "c0396a7bcda06a215bf7f7c64ecebe1cf105b9ae897b964c33e9f33f93b288de"
  outputs = {
    "metrics" = "sha256:00b3f109730626b80c6b9e1cbfc7287c1574761e20ba723ad650baa2b1dbbcd3"
  }
}

result "module.eval[\"trick feature matching\"].stage.is" {
  key = "6ee26acbb4695942784a818cbebe097c0b203c062741af17bbf2aa1dda91839b"
  outputs = {
    "metrics" = "sha256:f3aa3606b3fb7427bd6070bca3c3d566f5bdd27fb9285d7a543646e090e1b11e"
  }
}

result "module.eval[\"trick feature matching\"].stage.pr" {
  key = "930ead883627c3b5dbdff39d02749bfb05a0e412b20d9be4e100bb8732f89a58"
  outputs = {
    "metrics" = "sha256:123412c43f3063f02ff9d162cbb165cd197c58d8bf6951e652579e7e530a03ff"
  }
}

result "module.eval[\"trick historical avg\"].stage.fid" {
  key = "8e56bb524a038da4ecb71dcb3cb16056a04f747ba1a3c8824b2e0b970784b7d6"
  outputs = {
    "metrics" = "sha256:26d693503c99d34c603dac1eec03f85bd07a91d3a7fbcdc2fbd41382104dfff0"
  }
}

result "module.eval[\"trick historical avg\"].stage.is" {
  key = "5c30aa85e8b14a344d240dc84afe71ec5aad0e4253f18a18e2b039634fff74b8"
  outputs = {
    "metrics" = "sha256:8b1d484ba8d816b5679b616fab426b847430d6dbabe727cf7386029710e213c9"
  }
}

result "module.eval[\"trick historical avg\"].stage.pr" {
  key = "7bf3dfa0eb9b8e00b6f3bc7039e1ea26da007a71d0b69be160686b9bfdec7cfb"
  outputs = {
    "metrics" = "sha256:ded6778e8e694df7f000e834f831f172793b50f31ecbe56481cd42e1e002e094"
  }
}

result "module.eval[\"trick instance noise\"].stage.fid" {
  key = "ca7a1aa0374ad7d32b5bad63b165c3d46c9723bea7e18a1bdf0f940d6ce07d53"
  outputs = {
    "metrics" = "sha256:bf80163c49b320e9e9c89cb9ab884fc6697a6eb7999c8e7154b290ac43bb88c9"
  }
}

result "module.eval[\"trick instance noise\"].stage.is" {
  key = "abb0d7a97c2857608ba90ea2db043e214b8d9dfd95a0e69ab6bd69bdce7d2dbb"
  outputs = {
    "metrics" = "sha256:722d489736ac798151d2125aff8380c0cd75323c4d93e8dd6e84ff9eea76a41a"
  }
}

result "module.eval[\"trick instance noise\"].stage.pr" {
  key = "8cd207b9f9e0c44602867b77859424976aea795f36321d8cc7215d202233b225"
  outputs = {
    "metrics" = "sha256:cab1455d0b155eb42b794737e852c129eef6085b78c711c97202e1e5915f9f52"
  }
}

result "module.eval[\"trick label smoothing 0.9\"].stage.fid" {
  key = "0752f02fd75b8101f5731f0305ad6d9dbbb16891eaa1e8e9f3bb911bdff7b4f4"
  outputs = {
    "metrics" = "sha256:b0877fc4c17dfac1f955f1854750658b184285a52636386b1cd3b2c9acee5b38"
  }
}

result "module.eval[\"trick label smoothing 0.9\"].stage.is" {
  key = "892493997303e346eaa71c9d49d34533f19bb3990e1dfb880ae83aced8f8f391"
  outputs = {
    "metrics" = "sha256:2cafefddbbc0f730c26d0af960a48be80ccef1ad618c137c6950613d0e19eb38"
  }
}

result "module.eval[\"trick label smoothing 0.9\"].stage.pr" {
  key = "2da57025e15401b73cb62d98c546b79baa304a1d899622e9818020a90d51e97f"
  outputs = {
    "metrics" = "sha256:8ab99385faae140746778aff27ad528ac3fd5419c54bc359f4a29ab740c25a39"
  }
}

result "module.eval[\"trick minibatch discrim\"].stage.fid" {
  key = "7430a367743c9efa3b41c5a83ab9e2e64b83a6bf04301780eca3faf77d5dbadd"
  outputs = {
    "metrics" = "sha256:a6de9d5391edd9aeab10bfd58ffd0627e03631ddc6fe785306a4a1d21a77675c"
  }
}

result "module.eval[\"trick minibatch discrim\"].stage.is" {
  key = "16f7ea62d5454992340df3c8fbdf08d70f2553158353030948dccd6c1f78e8ef"
  outputs = {
    "metrics" = "sha256:72f7733183797e636c7fa112e2002871000a6696f37a3e1a6b20b3c7d3d3035e"
  }
}

result "module.eval[\"trick minibatch discrim\"].stage.pr" {
  key = "9531b031d84edb8fdaf0c39805c3a7019d08a631450bf602379f8bc65f32647d"
  outputs = {
    "metrics" = "sha256:6f333d63c02b2fda15bcde76c004b79204f7708e7bcbf102027a5bde7c0efaf4"
  }
}

result "module.eval[\"trick spectral norm\"].stage.fid" {
  key = "3d53111dc23290d74f005316b2951e213e4148408c2dacb610efe276d8d21154"
  outputs = {
    "metrics" = "sha256:65f20f717a29d3a3e5da9dedf50006e6ec12fda31080c740847d47c7a41faf05"
  }
}

result "module.eval[\"trick spectral norm\"].stage.is" {
  key = "b2818d22898262e2fb9ef86831c4db30c8a84b5f70252e6ea7b83d6627b6b5ea"
  outputs = {
    "metrics" = "sha256:df91821be7c421a7356ed4e9d17725c0e4a7ee2a617a76ce21cd563e2188d5a3"
  }
}

result "module.eval[\"trick spectral norm\"].stage.pr" {
  key = "fd59619a1d1ec9b933e65f6c67645fa1f5573389d24bb5112a7a5114fedde304"
  outputs = {
    "metrics" = "sha256:bf210278a3c659b0d15c08ec22ce5431de0a8cb4c083bb108839dd79bd9a683c"
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

result "stage.gan[\"loss fgan gan\"]" {
  key = "30603fd33214ccbe7e663e665a9f1199842421a3471e7b2fb9e88d0d7226fd48"
  outputs = {
    "history" = "sha256:f87a8d73d9c3c506ae6a708528512fd3304489e3c90f9e26843ec74d868770a9"
    "metrics" = "sha256:6a6d3da53f396df3f6568d66e7e1cb764606e0b7d97a2dd40fb845c6b7485a57"
    "model" = "sha256:99ed7d98c19da65371742e3e06310db0769dfcdd9119065e523838aa2ee3b240"
    "prefix_samples" = "sha256:fec188bf55e5738055e3bbb2886be93f9a4cecd29b51328203d3a747b3a05c67"
    "samples" = "sha256:524721baa7f3e6f6d465ffe9e0a6f2b4c8eced431d76d8c3c5c6d29d7635813b"
    "snapshots" = "sha256:fec188bf55e5738055e3bbb2886be93f9a4cecd29b51328203d3a747b3a05c67"
  }
}

result "stage.gan[\"loss fgan hellinger\"]" {
  key = "b89e5a91d009ca8289eb4bc0b689caa776065203084bd653033d02e4a5c8d606"
  outputs = {
    "history" = "sha256:a29c59b2cdfaf9ac1def627684646c37e49ff9ae259a3f9abb787cc01591ff5a"
    "metrics" = "sha256:5be1189b2eff7dba29836c66463a9a580be3d34c01d340e52e8de37ca76ff399"
    "model" = "sha256:19c579e47bcdc4f6c1c5fd744e7ab6d6a65a402d13cc35f775e9e0a1d8f447bf"
    "prefix_samples" = "sha256:23e11501aac99edfac04877a556bb6ca77f833127a2304ad1e78794c9c463d49"
    "samples" = "sha256:5afa04e4a486e7f98157879457f91b46133018bbcbb6ae934f8d86978d8168d0"
    "snapshots" = "sha256:23e11501aac99edfac04877a556bb6ca77f833127a2304ad1e78794c9c463d49"
  }
}

result "stage.gan[\"loss fgan js\"]" {
  key = "98b9ce7f892144827f5346a13091191fb382a5085133e5deb2f21f74f574e49f"
  outputs = {
    "history" = "sha256:fe1661aa9cc437ec3bbb0d8121d0ebd6a45c87326ada4b81f1dccf985e4a9c33"
    "metrics" = "sha256:cc243ec7cb4834e17ac086c5db21c38fb4720063dcfc502bd90a67aa5c5cc7f4"
    "model" = "sha256:86a1ff856acf356d463afe712d130d194b067408994023158161798e0eea8b2a"
    "prefix_samples" = "sha256:afe85a3e293692890e12c2a1d26dc948994ba8d84bb4446cea7e8554f58c480d"
    "samples" = "sha256:24ff9d5542dbcf3857456b829b96231097026753c673c5df9128a4926801e044"
    "snapshots" = "sha256:afe85a3e293692890e12c2a1d26dc948994ba8d84bb4446cea7e8554f58c480d"
  }
}

result "stage.gan[\"loss fgan kl\"]" {
  key = "89b21558444d2813562e3ce6e1a9a907d6743027c02bf3797ce062f63d6bf7c7"
  outputs = {
    "history" = "sha256:79b1afbb8a9a3b90efb9410a6887fe09fe9632744b1fd483d1e88ff5513af14d"
    "metrics" = "sha256:ff21cd9086241c7d6581b4947b60de9d4deadb0b9623ae5c762b59aae553a78c"
    "model" = "sha256:6ce3680c8c122a20afc38b43f70ccac2e056ace7bd4f694f20fd1bc288c90301"
    "prefix_samples" = "sha256:2bb8bc5e6468920f2aa2061598fff76e77759ab10627b4ec6944f5e779c1bbdb"
    "samples" = "sha256:e3689791ea8128c90dda9b23b05d3a1a6172f85df9fa10c5f3ef28f547cd6ac5"
    "snapshots" = "sha256:2bb8bc5e6468920f2aa2061598fff76e77759ab10627b4ec6944f5e779c1bbdb"
  }
}

result "stage.gan[\"loss fgan pearson\"]" {
  key = "d1fab113ca469a914237d864e1ed74c74074a7a170e72385fcce1806ffada226"
  outputs = {
    "history" = "sha256:9cab1337ba8afe00ab4193e309b3185b7e4dfaee3175090ad623baafd5b4e895"
    "metrics" = "sha256:2eda587e53c5a2841832e075990f429b804c3bc1958095a8238ceb703201d8cf"
    "model" = "sha256:56f00b0aa168d3d23b3fbca585a91ac2562eee947b9616435632ba6d25211b02"
    "prefix_samples" = "sha256:6f605afb6353e00980d63f230856cf3151daa9161ad00f8e6c6fd3b73c66b7b1"
    "samples" = "sha256:4d2ded25a9157153adc675136327b163a2d47858d931386af313a99678686a6f"
    "snapshots" = "sha256:6f605afb6353e00980d63f230856cf3151daa9161ad00f8e6c6fd3b73c66b7b1"
  }
}

result "stage.gan[\"loss fgan reverse_kl\"]" {
  key = "011e8baa2585de8f8cba0e524505b62a4e9b4a56e824517a195831ea28458cb8"
  outputs = {
    "history" = "sha256:2909acd51e43741e793429832b66f6792c07d79398c281cc257a242c9ccda36a"
    "metrics" = "sha256:ee5fac631c461501168e60859a9a9c39eeb489e27e035af7a0ed808e8896b4a0"
    "model" = "sha256:092fa5e4b09c22198c4aadb055b3012a1c2cd19e2db35d054288ae6b11451164"
    "prefix_samples" = "sha256:6545dbabf312816278c1a0e8c494a9d1fa4365fe3e787d8dd1272aae7843e9e1"
    "samples" = "sha256:2dc9d6ab1bebd53e5d398d12704415359d6ba87eda13ba793a48620a67d55847"
    "snapshots" = "sha256:6545dbabf312816278c1a0e8c494a9d1fa4365fe3e787d8dd1272aae7843e9e1"
  }
}

result "stage.gan[\"loss minimax\"]" {
  key = "90a22536f03a4dbc053f254ba7b4f4238bdafda9421b4bab032d991a23430044"
  outputs = {
    "history" = "sha256:8e511de38e3eb1cd91b9f24b56760dac8538825e9c2110bb8ea16d1c88f1496b"
    "metrics" = "sha256:54d625006ee486770ee0e0edf076e3edc05ac8e75a11f2f7fd3617ee70fd4773"
    "model" = "sha256:dc49c03fb7927992688c8c8664cfe2d3267e0bef25ef90588372ccf717d1506b"
    "prefix_samples" = "sha256:b94aa46afd02a2295e0808c3d935b749e909293c45d2fd166c1ba53f56361f80"
    "samples" = "sha256:d548216320f34b3fcec75ba0808ce64f79760d143f3424a5952a25764aeb1714"
    "snapshots" = "sha256:b94aa46afd02a2295e0808c3d935b749e909293c45d2fd166c1ba53f56361f80"
  }
}

result "stage.gan[\"loss nonsaturating\"]" {
  key = "e6c947f7da7d6f31c029031a72dcb75a6790d3cf549015d6e6290928a792dbf6"
  outputs = {
    "history" = "sha256:5d896df8ad2846882b486aac8fb3ecc03fa6cfc5a5e39d4fae2e6fc70953661c"
    "metrics" = "sha256:7a2b7ffecbc8ecf2860b15b15c5c31a70f9170918282ad8bb14971eb6c2d6bad"
    "model" = "sha256:1bd63bfbe91418a9cbbf289501d29e1d1a4d53bfadc5a9873b6d69afcd7f09f0"
    "prefix_samples" = "sha256:6304873cc133b8b841b5154e95669b3433b7afb4fce590bffd6fd6954347abea"
    "samples" = "sha256:407d57524e9bc7a82d136d586f1c56d72ba875c01ae8581841f34a84f09b334e"
    "snapshots" = "sha256:6304873cc133b8b841b5154e95669b3433b7afb4fce590bffd6fd6954347abea"
  }
}

result "stage.gan[\"loss wgan\"]" {
  key = "1fb8409a579fa15765c72459744e5ff21f8aab4561811dfbb55ff55a318a1473"
  outputs = {
    "history" = "sha256:551d429d875f28cd4580a4578c2a34e8f8e4e980644720aaaefee3114c4cf41d"
    "metrics" = "sha256:5bff88ef81c6b8ab1b7d53ac573d9e00049c6b8024bb63be48a49d9652570364"
    "model" = "sha256:b8c958a30394b6ed4ce066fdf31c0e7d64be81f8299121bbb121e27ea6485c21"
    "prefix_samples" = "sha256:59cc6359da46cca58fb073908440553ee109792281073b7ad79df4f5fb639bb8"
    "samples" = "sha256:751a98d35f417a8068d7871b5f1b1aa57fc006145e6ae5964214e7aaf07a0e48"
    "snapshots" = "sha256:59cc6359da46cca58fb073908440553ee109792281073b7ad79df4f5fb639bb8"
  }
}

result "stage.gan[\"loss wgan_gp\"]" {
  key = "fecdde93350ff0237c5f947643c24bf16d1b472cc046e7259ba9d7cd858fff3b"
  outputs = {
    "history" = "sha256:cc08319e1971ac54b67c83746540724efe3342833541215bbd66831c84bb6ffd"
    "metrics" = "sha256:f038290f655edb986ee210dd2b4b49e822bb991509949e3eedc12b5b1560a173"
    "model" = "sha256:16a268f8606e1513a61a4a8e6518b9cc2e4ddb27df09960f382bfe771b07beb2"
    "prefix_samples" = "sha256:6e141019ae7256752a87d05444211faad34e65e3e8dab063aad234a027732609"
    "samples" = "sha256:3767a00cf2ca2c1330658c5b4768cf1e2d1718b8dad2fb4f0034ebb7e8b57a15"
    "snapshots" = "sha256:6e141019ae7256752a87d05444211faad34e65e3e8dab063aad234a027732609"
  }
}

result "stage.gan[\"trick feature matching\"]" {
  key = "3ef2909c297fa677b9fb48a7e8f6edbbe4653ddd109722fe33cc8e0e14872672"
  outputs = {
    "history" = "sha256:44a2c2a37bd9636659467905a18b266dbcbfe745ca658f82b122b33a98c625be"
    "metrics" = "sha256:15e593e499db049886b5d7760ff8f39e2b9ef6eac2a62e4437db11864e6e077f"
    "model" = "sha256:8183237e50976a10febdc5edd2002c5749ad4ece73265f0fddd1f0a5626f4cf4"
    "prefix_samples" = "sha256:9d8f75a434f0ed40dbd70fa8115395a4ca8f4266c99ba65fc0294d71b5c0b57c"
    "samples" = "sha256:41591960ee3d1a2fd3c48fe144fc85d7186e56534c0a5f263aa975b7aeb80125"
    "snapshots" = "sha256:9d8f75a434f0ed40dbd70fa8115395a4ca8f4266c99ba65fc0294d71b5c0b57c"
  }
}

result "stage.gan[\"trick historical avg\"]" {
  key = "eee0f73f2bbe3648623caac65e9586592584c5e15897c6919b92ff0dfeca95c1"
  outputs = {
    "history" = "sha256:441f316625aaf8ffbb2e64fc1180e6c64bccd3543a9eafbc12303fcd0c8a0164"
    "metrics" = "sha256:5490df4f9855bd55fbf08c20b2f3b0931e99827ab2551941721863e3bfc50dbf"
    "model" = "sha256:7f2a722117dfc752eadbd02f07f308dce53f9318efae6db6324793b427a959c5"
    "prefix_samples" = "sha256:9abcf2eb7147fce2afeb7552d5b644f5f70af91e194d32d20a0a2092ffab749f"
    "samples" = "sha256:d1012b17431372662434bad3653101ce65d6a9baae8011e28c6669e027c0a21d"
    "snapshots" = "sha256:9abcf2eb7147fce2afeb7552d5b644f5f70af91e194d32d20a0a2092ffab749f"
  }
}

result "stage.gan[\"trick instance noise\"]" {
  key = "cc2421b0d3859dad333702be7b2298de281651b8db83f3e8ef5780dcfa38961e"
  outputs = {
    "history" = "sha256:84d7198dc86caf06824f7776459e4a2c5845ef71372348bb8e57378a94352b79"
    "metrics" = "sha256:cbe8949a62a401eac3e0b0b7ec6b47dda672da11a7b87dbc3a3272609eadc042"
    "model" = "sha256:9e0b3a6948c37803ce7afba21bbb80e30f4459d26e22167bbb4a4e6fff8f6a36"
    "prefix_samples" = "sha256:ef0da20795195dd4155f108c15a85c97540ec4dd4bfac2662cba6e8fe480f636"
    "samples" = "sha256:32b7cd7696880a1945b3395ee5b335d290ed91b91531c5a001e8e9187e202617"
    "snapshots" = "sha256:ef0da20795195dd4155f108c15a85c97540ec4dd4bfac2662cba6e8fe480f636"
  }
}

result "stage.gan[\"trick label smoothing 0.9\"]" {
  key = "f3508bd23350436988a8bad7df47ada1a33a91ca89b49c8a4bc147ead3117c19"
  outputs = {
    "history" = "sha256:f0dfd6dd6912e45f4ccabb3c5ffbc5f69610380155952ac046a8b55cc7a7bf9e"
    "metrics" = "sha256:b2f8ff8da124c0efa0709bdd603e3f85f95e15ee452a1be9d8d9ed1a96ab5f67"
    "model" = "sha256:49caeebfc2b6758cb0c8e9f7db39f951bb9a702a5fd44acb8036c6ff24ef3399"
    "prefix_samples" = "sha256:3e2b6cbe0f715d7498ede5d224a0cdc4205484ed085d55b864c81e476d659d0e"
    "samples" = "sha256:fb98dfcbe01ce4f0481b4606681f621c267fe29acc6684c39fe85d914e168748"
    "snapshots" = "sha256:3e2b6cbe0f715d7498ede5d224a0cdc4205484ed085d55b864c81e476d659d0e"
  }
}

result "stage.gan[\"trick minibatch discrim\"]" {
  key = "bade1441244cafa5b07ed395f657d694894bd3f271c92e5f84e1eb2aebf9f260"
  outputs = {
    "history" = "sha256:e8dd56a58145d779ce22b231b0ee0d6b2bda0839207f0ebc5c7e345955110c5d"
    "metrics" = "sha256:bb7b19763245212acba7196f7147d14a135601356a58939ddce53cd7cec3cf6f"
    "model" = "sha256:a89a05ee3364548324cef7c787f1f2b89cb9622546ac06c5bf09121231096edc"
    "prefix_samples" = "sha256:ea861a115e33d944ca1681ef5e99c9247d70008539c90fb0ff707672c4e03f05"
    "samples" = "sha256:ac3f59f03e5bea0dd2b2d798e940143cdee0ac67e1a300a5a91fd4e860ed80c1"
    "snapshots" = "sha256:ea861a115e33d944ca1681ef5e99c9247d70008539c90fb0ff707672c4e03f05"
  }
}

result "stage.gan[\"trick spectral norm\"]" {
  key = "cc1d8beffac49b91b6c916fa072a9008d139ff8ee430b8c86d2a28989b649e67"
  outputs = {
    "history" = "sha256:c862192a3b4f243836a872d9ac540bae689d8af911a193925c3650ca85664819"
    "metrics" = "sha256:fdfd8ef1d689d0c316135222affdfecd0e604e98417b46c5f713ef444c94edad"
    "model" = "sha256:84f4beac8fb86dab6b79ddb1d480e966e6cb7509881f71e4b9a44a95bc833922"
    "prefix_samples" = "sha256:b7bbfde77f19bc10e7c62db536df1eea0e5724ad5205316682572256f77b3261"
    "samples" = "sha256:e909e487fc8e8a49101c6e83d3d1d43f9dc3321fa0a7aa5ff422c22267122191"
    "snapshots" = "sha256:b7bbfde77f19bc10e7c62db536df1eea0e5724ad5205316682572256f77b3261"
  }
}

result "stage.ll[\"loss fgan gan\"]" {
  key = "45e920df1d80a2f9fabdf65d86fae5c148f24487d8b3f9ec1b7cc1f0ddb05cf4"
  outputs = {
    "bandwidths" = "sha256:266e298b64bad24509dc5e34d8be19d776d404411d0a2933dde6f265dc39d0c3"
    "metrics" = "sha256:c6ef8a9380a500a45c03e4516bb9874cf98677600b98fc1ae862565909abf479"
  }
}

result "stage.ll[\"loss fgan hellinger\"]" {
  key = "4a3533b813c85f1921893208884a54b625b74cbd037f6fe4aa518b5f1965648e"
  outputs = {
    "bandwidths" = "sha256:70f31da2e739f371a3d227a0e17d9781ccd284cf5020cc28b930e64a9e5f5ccb"
    "metrics" = "sha256:78f45d10d25db0b0c63d8017a179c6e76375d304b6a8c27cbbaea82d77ffe24b"
  }
}

result "stage.ll[\"loss fgan js\"]" {
  key = "93b1c7047c7d51fbbda091d51e0193d2c8fb85b11a93805b433bd9c79830bd3b"
  outputs = {
    "bandwidths" = "sha256:015e0793bfbd55886b3679a6aff85efe3a26189a46c94c60213a76e4edfda7ca"
    "metrics" = "sha256:09f67cd0190fa52c435f3bf2d733c74f0e7903a4374facab20ec4b7492287f97"
  }
}

result "stage.ll[\"loss fgan kl\"]" {
  key = "1897b284d0dbe6e3007b3464674d78800eb519eca414521a16d17fd8b85bcc12"
  outputs = {
    "bandwidths" = "sha256:f49c44ac51c55bccd91f91c8863aa3e4a5ded657fa4d63fff273d12aa2cf53c9"
    "metrics" = "sha256:e92ddac6590fae3c70652a4b2b7ac46394254c5240c93c2bac6a14e09d49f8ac"
  }
}

result "stage.ll[\"loss fgan pearson\"]" {
  key = "89b2c038de39af9b59becd1b59acc6dd3da7101bbd45f2d2886359bcd3c141c9"
  outputs = {
    "bandwidths" = "sha256:d4f9f8f9e4a0258730bc735b35543f97755f2bd880a300aeaa6fae1be0e20566"
    "metrics" = "sha256:6b49d31a83048d58299fe508e70365545f82e02b1e9cd851b103cdbeeacac1d3"
  }
}

result "stage.ll[\"loss fgan reverse_kl\"]" {
  key = "11bdf1eeeeafb3972ae9be841472da2c5654f4c39e8b5b50e6e07982175b37f8"
  outputs = {
    "bandwidths" = "sha256:8b6ceb49361c56012b79f5fa45ba800d35a57dee882606669aa4ac952afe5d61"
    "metrics" = "sha256:591b65a6299ad780dfd4443aff20212909dc85588fcd6c06434c3196fb103423"
  }
}

result "stage.ll[\"loss minimax\"]" {
  key = "d2c3065b9e995676132b272353371e4b06895b02299fcba6871976a08e12be02"
  outputs = {
    "bandwidths" = "sha256:ec31b466ac6037bb7455bab1a7145c37920ba0d79c61ae03a56897f9e054e009"
    "metrics" = "sha256:719f095e791e88ecb10e98f0fb9ab6303a7e5543a6769195be08fe46f6a127fd"
  }
}

result "stage.ll[\"loss nonsaturating\"]" {
  key = "3f5fd22e4feee2652ca15b4375b7a288664aa2579661e789fb47405b57d59bcb"
  outputs = {
    "bandwidths" = "sha256:6c8b84f53d27ced4a009bd84ce22154a133e8bcf9efa78d0d387c59ff1fe54dc"
    "metrics" = "sha256:6a35fdd27ef644c4054e85fb8e895813a63e6beb574d2e8fd57e5fbcd9234cbc"
  }
}

result "stage.ll[\"loss wgan\"]" {
  key = "c2a98a7bab647de2ff7819f670ebe06da9ed1bb1b8b61a8922f4e86938d65da2"
  outputs = {
    "bandwidths" = "sha256:60aca2f226f52914fb4ac571c4a13282a9190cf29363ca6f8426cb483cf473a9"
    "metrics" = "sha256:58c06292ce92fb5e622e221457bb61e02fb567de463bc59e4eef181035a1f3f2"
  }
}

result "stage.ll[\"loss wgan_gp\"]" {
  key = "b34410363697278eebb8470eda51998dcde3e7f9fbaecb0c0b75d8627efd9676"
  outputs = {
    "bandwidths" = "sha256:54e7e3c216e97e723db6046118ab2dce25a1562ec5de547e5d02f632d1d4e8d4"
    "metrics" = "sha256:3ae80242210a16bfdd413f1ef60694eaa483235b1b82b9c4ab06c75d32e8bdcc"
  }
}

result "stage.ll[\"trick feature matching\"]" {
  key = "0ac032635a5b8357422996df5904aff14ae4f9dbf8cbd3d377e1a6164d1ddb35"
  outputs = {
    "bandwidths" = "sha256:fd5008bb3f724356b4b9fb9355c0e9bf8211a0c4ee88b8ce1aa388b74c567dd5"
    "metrics" = "sha256:9b78bf405e2e6c58157a6fe1498f979754461163b9f1b007a9eee7409d79791a"
  }
}

result "stage.ll[\"trick historical avg\"]" {
  key = "8fe35925817b5fae473457688150f3b467b13ca20142eac9f3956869bfe226d4"
  outputs = {
    "bandwidths" = "sha256:bb6d8eda217f1f62f3ad16916903c5339b2f039afee22fc26066182e85e8c71a"
    "metrics" = "sha256:13c204d5e2f4302d705e4d6beeb42f8638229026b6f154ed0d62042cebbafdef"
  }
}

result "stage.ll[\"trick instance noise\"]" {
  key = "b5d371c2ab303136498bfcb861158bd3f4ee5ff73db3d701eae2871278bbe9ef"
  outputs = {
    "bandwidths" = "sha256:2e57b8a1fc091aabe4f15ec1dd3428c1ef09142ed38ad87576501b6fa78b96c7"
    "metrics" = "sha256:86f8b52909d885ff597ca9204abfd22c0308aada1f494127ee4b7215b093b4e7"
  }
}

result "stage.ll[\"trick label smoothing 0.9\"]" {
  key = "9c26f9321fd23f4a42da3e8e6e4acb0ccd8517d0ead995069e06083b44e78c9e"
  outputs = {
    "bandwidths" = "sha256:63f4d1a836443eacfe9facf723ff4f45c267815ae81a43ddee538ca703ac7a0e"
    "metrics" = "sha256:61d1102aab5923e6a921b4e6228eb8b216b6b40d69f409c6a59a665e598310a2"
  }
}

result "stage.ll[\"trick minibatch discrim\"]" {
  key = "1d2ebca37851fe08cfbeff3b9c4480de387cb59c35133835e36d507da216a3d5"
  outputs = {
    "bandwidths" = "sha256:0f6b2f43e61785729f79fff4855e82e85c1113d2658525d731b92efae318c784"
    "metrics" = "sha256:1c8aa75e19c616bf6edc4d70e196d0c6bac080673cdf436714d80512c418ea95"
  }
}

result "stage.ll[\"trick spectral norm\"]" {
  key = "90d77100c9e1b981f9da11563451109c94e300b1e2c389bbc61bd9171630e54e"
  outputs = {
    "bandwidths" = "sha256:64d133f3be14b8b4341c616815597159e5786203a44bc71bd72d1fab60d4016b"
    "metrics" = "sha256:c042889953fb0638018dee8ca7cc7a11b85998c71d3e870737e7f63e7d20a907"
  }
}

result "stage.zoo" {
  key = "d69648eea1a162687885148251f717f00db5a249ca859492356b7acae39322ec"
  outputs = {
    "files" = "sha256:0267641a7ffdea613cce865ec1c31ab8a59f7a3706bf4f6f9bf60e21e11cc2e3"
  }
}
