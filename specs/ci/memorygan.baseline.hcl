# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

# Reported, not gated (report = true): at 100 iterations MemoryGAN has not
# started learning, and its memory-slot counts, d_fake/d_real and two
# precision figures are chaotic across OpenBLAS kernels (a fresh-clone CI run
# on SkylakeX kernels moved 21 of them past the 10% allowance of this
# Haswell-recorded, spread-free baseline). FID, IS and the other figures stay
# gated.

fingerprint = "openblas Haswell split 2 ftz"

metric "clf.loss" {
  value  = 0.523646
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "clf.test_accuracy" {
  value  = 0.852
  stderr = 0.0158806
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "clf.train_accuracy" {
  value  = 0.959
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "dcgan[DCGAN s1].d_loss" {
  value  = 0.138606
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "dcgan[DCGAN s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "dcgan[DCGAN s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "dcgan[DCGAN s1].g_loss" {
  value  = 3.13845
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "dcgan[DCGAN s2].d_loss" {
  value  = 0.127915
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "dcgan[DCGAN s2].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "dcgan[DCGAN s2].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "dcgan[DCGAN s2].g_loss" {
  value  = 3.24067
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "fig[MemoryGAN s1].real_slots" {
  value  = 64
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s1].used_fake_slots" {
  value  = 192
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s1].used_real_slots" {
  value  = 64
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s2].real_slots" {
  value  = 101
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s2].used_fake_slots" {
  value  = 155
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s2].used_real_slots" {
  value  = 101
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s1].real_slots" {
  value  = 199
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s1].used_fake_slots" {
  value  = 57
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s1].used_real_slots" {
  value  = 199
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s2].real_slots" {
  value  = 165
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s2].used_fake_slots" {
  value  = 91
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s2].used_real_slots" {
  value  = 165
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN s1].d_fake" {
  value  = 0.218275
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN s1].d_loss" {
  value  = 1.14335
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN s1].d_real" {
  value  = 0.534245
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN s1].g_loss" {
  value  = -0.786574
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN s1].mi_loss" {
  value  = 0.989831
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN s1].real_slots" {
  value  = 0.387695
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN s2].d_fake" {
  value  = 0.370586
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN s2].d_loss" {
  value  = 0.934176
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN s2].d_real" {
  value  = 0.675625
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN s2].g_loss" {
  value  = -0.294442
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN s2].mi_loss" {
  value  = 1.00829
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN s2].real_slots" {
  value  = 0.453125
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN, no MI s1].d_fake" {
  value  = 0.350488
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN, no MI s1].d_loss" {
  value  = 0.804049
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no MI s1].d_real" {
  value  = 0.772192
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no MI s1].g_loss" {
  value  = -0.815586
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no MI s1].mi_loss" {
  value  = 1.0024
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no MI s1].real_slots" {
  value  = 0.556641
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no MI s2].d_fake" {
  value  = 0.187929
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN, no MI s2].d_loss" {
  value  = 0.775039
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no MI s2].d_real" {
  value  = 0.653927
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN, no MI s2].g_loss" {
  value  = -0.359256
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no MI s2].mi_loss" {
  value  = 1.01604
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no MI s2].real_slots" {
  value  = 0.499023
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no memory s1].d_fake" {
  value  = 0.0510173
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no memory s1].d_loss" {
  value  = 0.191991
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no memory s1].d_real" {
  value  = 0.87634
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no memory s1].g_loss" {
  value  = -0.0553914
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no memory s2].d_fake" {
  value  = 0.0732498
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no memory s2].d_loss" {
  value  = 0.197236
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no memory s2].d_real" {
  value  = 0.89223
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no memory s2].g_loss" {
  value  = -0.0706196
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[DCGAN s1].fid.fid" {
  value  = 220.311
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[DCGAN s1].is.is" {
  value  = 1.05663
  stderr = 0.00547863
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[DCGAN s1].is.is_std" {
  value  = 0.00547863
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[DCGAN s1].pr.precision" {
  value  = 0.461
  stderr = 0.0157632
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
  report = true
}

metric "module.eval[DCGAN s1].pr.recall" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[DCGAN s2].fid.fid" {
  value  = 214.472
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[DCGAN s2].is.is" {
  value  = 1.07671
  stderr = 0.00724436
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[DCGAN s2].is.is_std" {
  value  = 0.00724436
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[DCGAN s2].pr.precision" {
  value  = 0.344
  stderr = 0.0150221
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[DCGAN s2].pr.recall" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[MemoryGAN s1].fid.fid" {
  value  = 244.694
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[MemoryGAN s1].is.is" {
  value  = 1.00125
  stderr = 0.000144273
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[MemoryGAN s1].is.is_std" {
  value  = 0.000144273
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[MemoryGAN s1].pr.precision" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[MemoryGAN s1].pr.recall" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[MemoryGAN s2].fid.fid" {
  value  = 241.69
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[MemoryGAN s2].is.is" {
  value  = 1.00237
  stderr = 0.000278911
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[MemoryGAN s2].is.is_std" {
  value  = 0.000278911
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[MemoryGAN s2].pr.precision" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[MemoryGAN s2].pr.recall" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[MemoryGAN, no MI s1].fid.fid" {
  value  = 245.084
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[MemoryGAN, no MI s1].is.is" {
  value  = 1.00232
  stderr = 0.000205807
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[MemoryGAN, no MI s1].is.is_std" {
  value  = 0.000205807
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[MemoryGAN, no MI s1].pr.precision" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[MemoryGAN, no MI s1].pr.recall" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[MemoryGAN, no MI s2].fid.fid" {
  value  = 244.944
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[MemoryGAN, no MI s2].is.is" {
  value  = 1.00179
  stderr = 0.000242079
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[MemoryGAN, no MI s2].is.is_std" {
  value  = 0.000242079
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[MemoryGAN, no MI s2].pr.precision" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[MemoryGAN, no MI s2].pr.recall" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[MemoryGAN, no memory s1].fid.fid" {
  value  = 213.264
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[MemoryGAN, no memory s1].is.is" {
  value  = 1.18111
  stderr = 0.0182998
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[MemoryGAN, no memory s1].is.is_std" {
  value  = 0.0182998
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[MemoryGAN, no memory s1].pr.precision" {
  value  = 0.572
  stderr = 0.0156466
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
  report = true
}

metric "module.eval[MemoryGAN, no memory s1].pr.recall" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[MemoryGAN, no memory s2].fid.fid" {
  value  = 212.586
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[MemoryGAN, no memory s2].is.is" {
  value  = 1.16009
  stderr = 0.0151793
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[MemoryGAN, no memory s2].is.is_std" {
  value  = 0.0151793
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[MemoryGAN, no memory s2].pr.precision" {
  value  = 0.355
  stderr = 0.0151319
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[MemoryGAN, no memory s2].pr.recall" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "time.clf" {
  value  = 687.557
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 1.14852
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dcgan[DCGAN s1]" {
  value  = 22.858
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dcgan[DCGAN s2]" {
  value  = 23.5491
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.fig[MemoryGAN s1]" {
  value  = 0.127796
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.fig[MemoryGAN s2]" {
  value  = 0.217077
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.fig[MemoryGAN, no MI s1]" {
  value  = 0.312898
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.fig[MemoryGAN, no MI s2]" {
  value  = 0.255353
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.memorygan" {
  value  = 0.177962
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.mg[MemoryGAN s1]" {
  value  = 36.367
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.mg[MemoryGAN s2]" {
  value  = 31.4931
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.mg[MemoryGAN, no MI s1]" {
  value  = 30.2874
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.mg[MemoryGAN, no MI s2]" {
  value  = 36.4962
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.mg[MemoryGAN, no memory s1]" {
  value  = 643.853
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.mg[MemoryGAN, no memory s2]" {
  value  = 34.7211
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[DCGAN s1].fid" {
  value  = 3.97014
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[DCGAN s1].is" {
  value  = 1.77631
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[DCGAN s1].pr" {
  value  = 2.54979
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[DCGAN s2].fid" {
  value  = 3.54233
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[DCGAN s2].is" {
  value  = 2.346
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[DCGAN s2].pr" {
  value  = 3.71646
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN s1].fid" {
  value  = 3.27719
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN s1].is" {
  value  = 2.57412
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN s1].pr" {
  value  = 3.31563
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN s2].fid" {
  value  = 2.73104
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN s2].is" {
  value  = 2.25091
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN s2].pr" {
  value  = 3.1602
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no MI s1].fid" {
  value  = 3.38163
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no MI s1].is" {
  value  = 2.37853
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no MI s1].pr" {
  value  = 3.54765
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no MI s2].fid" {
  value  = 1.66798
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no MI s2].is" {
  value  = 2.1092
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no MI s2].pr" {
  value  = 3.4428
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no memory s1].fid" {
  value  = 3.25751
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no memory s1].is" {
  value  = 1.94224
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no memory s1].pr" {
  value  = 3.11544
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no memory s2].fid" {
  value  = 2.89943
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no memory s2].is" {
  value  = 1.99613
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no memory s2].pr" {
  value  = 2.52172
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

result "dataset.data" {
  key = "e2d23324d834161d74b921ed6ad43b93f3aa091485668178bfb3a55f8f329a9b"
  outputs = {
    "test" = "sha256:82a1fed7bd710460a86b8f870c4e9c8d209142dcaf21c8b8956ffc3b9bf7f9fd"
    "train" = "sha256:2bd56f98f40c9ad75f418b0c7fd76d5b2289fe212f8a5509f41f5fed9ef5fd97"
    "valid" = "sha256:d11a07b95d8f797d56a4e5d6f0e548a8664f3c24b0f7ac9584d23b964289e463"
  }
}

result "module.eval[\"DCGAN s1\"].stage.fid" {
  key = "a44d72c8d5abc37b735560c2f634442cbae153540665e4251d35ec706ae17f7d"
  outputs = {
    "metrics" = "sha256:3bdd09bbaf90df226d3f6b99f6b3ceed937c4ad93360a7fcf412d0baf416b2bf"
  }
}

result "module.eval[\"DCGAN s1\"].stage.is" {
  key = "99a237ea4585e81c31266ee8efa0a5c8902653af4d19c231a8f2769046c49807"
  outputs = {
    "metrics" = "sha256:2f26e377ef390515849d79297721943fec47d2a2d1a3dc96fd3e3828cdf5cef8"
  }
}

result "module.eval[\"DCGAN s1\"].stage.pr" {
  key = "06a832f8e6d7936aeea4291733c7475ebf26259e05d3e13f7255d0f48b2044f3"
  outputs = {
    "metrics" = "sha256:74107edb06f3876a1c022d2a6372fdbf90f70a5fd77d2b7f5bc57e61b03240e0"
  }
}

result "module.eval[\"DCGAN s2\"].stage.fid" {
  key = "085b48258c5fd7f80a5c0b4e9ec55cdd605bbc0a667300cffb15ea03428be106"
  outputs = {
    "metrics" = "sha256:7acdf780586bcaa9be872f49a6dfb45234acad5bc567398e7e726cb808a8f2d3"
  }
}

result "module.eval[\"DCGAN s2\"].stage.is" {
  key = "20f5139f1b9da9af249cb7f4377f6db0b5624a298847101cf39ec44658e8b697"
  outputs = {
    "metrics" = "sha256:1f47a17f0dff791964de73b5a9d91f0bd99ae2d114e078257e22f7482ca16b98"
  }
}

result "module.eval[\"DCGAN s2\"].stage.pr" {
  key = "434dbebac11d19dd63d3061a7c8b1e17d8f3d892ea5c918423e2e98a3cd9e823"
  outputs = {
    "metrics" = "sha256:b2d0768bdc758458d01eef677fc85e8fb11944228e934d01fdff77c35bc1e1fc"
  }
}

result "module.eval[\"MemoryGAN s1\"].stage.fid" {
  key = "c67aef40f7ec761e769e7f71074be9ce918c7813f566b97d9de17835073ead17"
  outputs = {
    "metrics" = "sha256:22467c457e465d1553718c47b239aefac633b9f0bfdbd791100bbfc54307d5d3"
  }
}

result "module.eval[\"MemoryGAN s1\"].stage.is" {
  key = "00705055163297a4dec03aa3401fa1953e0ebe52f852a8f107d6c07d6bd0f362"
  outputs = {
    "metrics" = "sha256:21d1a0c7676a4140a4ac68ec5dd1272e02533ef5a502e95a9fb37af77aa0e77e"
  }
}

result "module.eval[\"MemoryGAN s1\"].stage.pr" {
  key = "444217be24406928f57b55c6e7a6579dad043647ffde6f2f3ae65bce20bb00a4"
  outputs = {
    "metrics" = "sha256:2b5344951ec8757a9e07417cb4a9dd2544c765d02a609f24bb1ca1f89fd5431e"
  }
}

result "module.eval[\"MemoryGAN s2\"].stage.fid" {
  key = "dba705b5d4be1443a7e573b4a4b90944cbf2f2c5588deec06de45849b844dcac"
  outputs = {
    "metrics" = "sha256:488bf25b0d0066e01062eb75f3d868c910cbaf398e1a289267efdf8eb14fc630"
  }
}

result "module.eval[\"MemoryGAN s2\"].stage.is" {
  key = "d3253684a13e44a2830a23b9a3da1070f27b80d09fad275192535e143168fcb2"
  outputs = {
    "metrics" = "sha256:e24e2c1b29fb697d6853ff2373ef5c10e5884cd07553cba0e5a8de576b1684f3"
  }
}

result "module.eval[\"MemoryGAN s2\"].stage.pr" {
  key = "b99765b6a02b9e8a9cd4a48095b517ef53c8111d1f13e388e7e26055856f0a2c"
  outputs = {
    "metrics" = "sha256:184cf104f224564fb21348de7e964348604dd72037fc482932bfbcd477cfb670"
  }
}

result "module.eval[\"MemoryGAN, no MI s1\"].stage.fid" {
  key = "517c817469f347cafeedcd4259a3dd43b6d7163c8c87888b1ab83dba9fe582cd"
  outputs = {
    "metrics" = "sha256:6343758ee1bbac9db113155b0b499a0d1d2d3936338b5c3aecbb047d54f9395d"
  }
}

result "module.eval[\"MemoryGAN, no MI s1\"].stage.is" {
  key = "6696efe8a61de0055722a1834e498398de544ee990bd8ce8d771341889c17f2e"
  outputs = {
    "metrics" = "sha256:b3f16b98fe7bdc82fd8a7e3882601985df41aa266d1ccef0a74c4f397572005c"
  }
}

result "module.eval[\"MemoryGAN, no MI s1\"].stage.pr" {
  key = "117f8b61be330bfce569ad15ac664123c5375e0fc6a139aa01ca97896ceb838b"
  outputs = {
    "metrics" = "sha256:a7806e7a0fdd36b7edb5b7d56bc0231de9fe82e11a4e4874d46ef173a8cb49f2"
  }
}

result "module.eval[\"MemoryGAN, no MI s2\"].stage.fid" {
  key = "4685bbbffd594c11484275fe9e9a5030c53155c38606c8fb65478db2eade59ec"
  outputs = {
    "metrics" = "sha256:617735f2f2e0f6b5a6d7ea7135fae7ffd812c269739c8e950bbbc36c6288e150"
  }
}

result "module.eval[\"MemoryGAN, no MI s2\"].stage.is" {
  key = "957dd094a6eefb1a6134ee35ede06e8fe0a4e2f8e3d6794e0ca8e54d7fe979b1"
  outputs = {
    "metrics" = "sha256:398e84f9e36d87829ad63fc4bf2b5b852d2524fbc8a0d06dbfcfff781eff4484"
  }
}

result "module.eval[\"MemoryGAN, no MI s2\"].stage.pr" {
  key = "8503dbb7875f602104c2e59ec5a6482b6b58b3928966839924c9e13071fd2463"
  outputs = {
    "metrics" = "sha256:05654136a66cb547b22c1ef999b66bcb87bded8344c95340f813dec37703c5c9"
  }
}

result "module.eval[\"MemoryGAN, no memory s1\"].stage.fid" {
  key = "c0a6db949367ae9b7e95b7c1084c26ad0e54bc9222397c937ac39b6479946f99"
  outputs = {
    "metrics" = "sha256:505e75e889312c6ec92f27e0a441736125c51b1c86d5b393a1973bf02a5fe039"
  }
}

result "module.eval[\"MemoryGAN, no memory s1\"].stage.is" {
  key = "6d4a7bea274d34490d9a0a0006d6e3b809d4aff03541f4fb941defe60bd145e4"
  outputs = {
    "metrics" = "sha256:ecbb77525a702b1996518a710c870242123bb6243a24fab47a54c52ca0394ce9"
  }
}

result "module.eval[\"MemoryGAN, no memory s1\"].stage.pr" {
  key = "e166637ce651a236c63a10195f3d00deb2d713546110b6ec35a567088845d938"
  outputs = {
    "metrics" = "sha256:fbe3b3efc06f70d574d89ef8a9ee4596e1923570c8f4ae77f9b7e29c3407a040"
  }
}

result "module.eval[\"MemoryGAN, no memory s2\"].stage.fid" {
  key = "dd6c2bc11fea0df5c04b455dc1e28d7c17b89c0e65d3a60af0800b49f8436cf3"
  outputs = {
    "metrics" = "sha256:69da6a9426f726932ff06849581cc427ae1e554a0128e1291d9c47a0692db513"
  }
}

result "module.eval[\"MemoryGAN, no memory s2\"].stage.is" {
  key = "05266bc5fe6c3a13688cedfe5e517dac4c577e82e29e5a244f229b2d732cb132"
  outputs = {
    "metrics" = "sha256:ecb59029a5db8e1149505e2ae1461663d5a5c406df79ef6823b1116f54599707"
  }
}

result "module.eval[\"MemoryGAN, no memory s2\"].stage.pr" {
  key = "0663558367f197e6791644a4e79285b4a6a9fe29646b66aef0ed9f00b790e99f"
  outputs = {
    "metrics" = "sha256:28c8e158fc32c90169558aea63f834d7281d1f5d8925287f7c0b1bb882cc3d96"
  }
}

result "stage.clf" {
  key = "ea91395a84f1aa1dc53d5cb27320f3db946e825a2189eabec425fe791b4dff31"
  outputs = {
    "history" = "sha256:ffc25d12a43964964b4106fdb4f990d2d5dd1a4b47a295b310ff917d5a916638"
    "metrics" = "sha256:56382e9b26bd1b354ad27837a127408559f68adcddb9da7e8d438721841b83cb"
    "model" = "sha256:4846dce5ff2e8b7fe00579b2aaeab63fae719aa3d6526f3d7e03c394225a8fd1"
  }
}

result "stage.dcgan[\"DCGAN s1\"]" {
  key = "981b5566a6973b0ef39f6938f26639c581f12317d3acb9ecea4e9490a1744ef0"
  outputs = {
    "history" = "sha256:667d68c47fd13ebb5519d4a333a7f0bcdfad044089c19d4842b5df2bb57a3ff0"
    "metrics" = "sha256:3ed1c81bae3f2dbe3902f659401addc6c8a0695745561c347ba015cc8dc46107"
    "model" = "sha256:7931d4188e04e37aade5f9ce73c0195333c34bde06cd5eb830f57ff497daef77"
    "prefix_samples" = "sha256:361a41c96a1097840dd6ca3564ddadaf1c11918517d04a4b51a1f7c4b0079e82"
    "samples" = "sha256:e63ca3c5702ad04d908a03248c0f8671fa5629a63d25ef4406a9f2db91087bd9"
    "snapshots" = "sha256:361a41c96a1097840dd6ca3564ddadaf1c11918517d04a4b51a1f7c4b0079e82"
  }
}

result "stage.dcgan[\"DCGAN s2\"]" {
  key = "e922006980df3ccc8c17b2e817d65bc86c1bd95c17acd314bd5475b30f304563"
  outputs = {
    "history" = "sha256:cfdc0576407e67a0a307b05d88608d54851fca129e294e98ec4a3588fdfd1f7e"
    "metrics" = "sha256:dd8d95583816a73e899d7c2965be3b01bd88464b375f735e1055e6c482e2a45d"
    "model" = "sha256:2d6ee12e2682ae50fc322ec0c1f2611fcf0c4514e3547ec3c47af008a3cb5c8e"
    "prefix_samples" = "sha256:9b4ceefd72c9dd2df38141bc5e61476cdaff06a62ae393236a2aa601fd3b53d6"
    "samples" = "sha256:705eb3517305d24cc1ba00c9960dec68160f53a3f26df7144403242d68791775"
    "snapshots" = "sha256:9b4ceefd72c9dd2df38141bc5e61476cdaff06a62ae393236a2aa601fd3b53d6"
  }
}

result "stage.fig[\"MemoryGAN s1\"]" {
  key = "59a9b28da1a771edd205565527bd9552bee8a9464dec044d2c5e1634c46c7796"
  outputs = {
    "figure" = "sha256:64c659dcfdd2cbdb2b4e595145c38af23da789171c33ef4f2655c973153594d0"
    "metrics" = "sha256:9ba35c30fef5f7b3a082cb04df0a4b7f6a66370860b228535c7098ba920e571a"
  }
}

result "stage.fig[\"MemoryGAN s2\"]" {
  key = "3f16db9684943a06574c6eb903929908d94ed38b58569f16939945fc2aefbb6c"
  outputs = {
    "figure" = "sha256:ef44f7d646c8945537cf526b6dca37f0f59a47ca4f220fa75dd1b079af93898f"
    "metrics" = "sha256:9ab7ebc79b2a6a88cb09920906e06fc08f4fe340b4ccf3b3ed910516e7e3e19c"
  }
}

result "stage.fig[\"MemoryGAN, no MI s1\"]" {
  key = "fa5c4fe9e6128d4af8e9780e815180ce929e512a03c0e33d6a7a9ce8d7ec996d"
  outputs = {
    "figure" = "sha256:f0b6004529b1077bbd4e2f7cdc5ae3a8c120078ed52bdb0382306ed5d92beca2"
    "metrics" = "sha256:a6f68d0833e5662e8ecf9bf09626289f8c8a14cd0d323364b311a3a63afd5298"
  }
}

result "stage.fig[\"MemoryGAN, no MI s2\"]" {
  key = "19318dd47dd465ce9572fa7928c378d2e10553070b77800104c7b73cf7ad8460"
  outputs = {
    "figure" = "sha256:a35d107a7c511ee358857bc143bb37d8eb1843fa7315963e5781b7097774ae43"
    "metrics" = "sha256:04749784f9d5c3a24d1ada326c6cde52fc553c86b0723313d84717dfeae82f7c"
  }
}

result "stage.memorygan" {
  key = "7aeb7b98ef04ad5f42f551e4141692d79f821cfe1201ad2f007d2ab8b75cf84f"
  outputs = {
    "files" = "sha256:8f05e48a2019d175162b71b4b10677f35f101462ea4cf87f5edce6cb32e7c2a2"
  }
}

result "stage.mg[\"MemoryGAN s1\"]" {
  key = "c5b54727fa1af0c5fcd5aae4345fe759c41b4b1f4a34eedfffb14157a7bf067f"
  outputs = {
    "history" = "sha256:7184510db3607d95b55223e981d936e6bf8524e278bd5534cb53dd9a3919d848"
    "metrics" = "sha256:bb8a13926067b07284981983ba6e1a9af7194593cf6a215332ace3a061d776cd"
    "model" = "sha256:17e529fd28b7ce73c89c02f15a293dd5ef7f88226ca0a3dc07699a8cf095960c"
    "samples" = "sha256:fba67167a7b4edbb6b6a2295cbed956b6f23b3024358331fbf6cb2da0c69d460"
  }
}

result "stage.mg[\"MemoryGAN s2\"]" {
  key = "9b3e991d4d9a0a0afe7f7cc7f0f8e501508f779a890e8a0789b45d87230d4e19"
  outputs = {
    "history" = "sha256:ac1804faab06980b418e25b8d7e1e62a97af2a2c326ea91db6a87f791a49f907"
    "metrics" = "sha256:e6cdcc25dc26623295e85d670d4864056c4545fe4be8e0f04ce19e9e9ea5df85"
    "model" = "sha256:a4fd2c8bfe0c23f286c92eb5f8c1f2b172f3d12d345a4ca7fc16ff9be944404f"
    "samples" = "sha256:858a4461d36f1729e32699539bb5fdf60de1cd65a9c353050831dfc57b666cee"
  }
}

result "stage.mg[\"MemoryGAN, no MI s1\"]" {
  key = "1c71dcf6cb179c58e7883805da35f3aa4cdb06fcbac9c65de3eb8ae1f3de5472"
  outputs = {
    "history" = "sha256:1704c6bf5cdfb539830682d40775f9c8a2a3e6d4aa96ffa034603f0990a58277"
    "metrics" = "sha256:7b040de8bc92a93e0473ee0134c67b7a4066839a10d447f17cf284fc3d05b096"
    "model" = "sha256:3f8d91d8cd9f6514c31351a992361065d4bd937f390746070649e7c92b83ca57"
    "samples" = "sha256:881a2ce421c27281cdd0aabaddc70e07db533f5ced9a27feac566180cb1a4f36"
  }
}

result "stage.mg[\"MemoryGAN, no MI s2\"]" {
  key = "70e0e09c6667628d452414149a0db56763192b6514f4ce67a6cf59cf9486687d"
  outputs = {
    "history" = "sha256:e27d998d45fc145c914aec1a5f4969d6ebcfb68d83b4d6f176d84bedbc628e96"
    "metrics" = "sha256:d39e23a70038da0d716dbcc054364377e8036fd31d523134ae5878851a8b1f02"
    "model" = "sha256:0b81ebcf85985186c04c84ce633c1a6b3665105ebfc35e73ea0aa08cc780d316"
    "samples" = "sha256:bf95bef1c87577829cfa5a8490a6d57d18b3598963c4b910ec91dbd63c0c1551"
  }
}

result "stage.mg[\"MemoryGAN, no memory s1\"]" {
  key = "5ad30bb18f76bc8b81409d4c4baf5f2a012aad83e558e57bd3db79f70d080099"
  outputs = {
    "history" = "sha256:ba99fcde8f319272b65e567ceabcbf926c14e0dc2550d0a933a0fae1b728ea0d"
    "metrics" = "sha256:4ecc3783b4ec83683118d0e8c25df142c4357bc9a1dc77f7ac8d79c4762dd1ec"
    "model" = "sha256:ce41683060b885387b962332dadc0eb3361a5e80eeef39cf66fd888c146346e2"
    "samples" = "sha256:9e8ba6908951e350c7efb54a20382ff3a2ec109f3f4d9f746a1e6ee37cd298b4"
  }
}

result "stage.mg[\"MemoryGAN, no memory s2\"]" {
  key = "1cc9ab330ebe51d5d673c8b2e19487ab8f6287ab99510afead677864547265a4"
  outputs = {
    "history" = "sha256:a2f39811915d5b5a48069aa3d7264cf5e779404193f0cbc3ccb5d921f9347624"
    "metrics" = "sha256:2a169e43a032346347b7bb25975aeb4a85ced85a65ab9356c4c95e2e2106e74d"
    "model" = "sha256:d959d0112d16fa493579e211e5c233222015a5c5f80105d5131e155e8aabb863"
    "samples" = "sha256:a91cb050d3f375821fb6ac994190d2c38687a73b9ea5ec3d348257e408a3c7f0"
  }
}
