# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

# Reported, not gated (report = true): memory-slot counts, d_fake/d_real and
# two precision figures of CI-scale MemoryGANs after 100 iterations are
# chaotic across OpenBLAS kernels (a fresh-clone CI run on SkylakeX kernels
# moved 21 of them past the 10% allowance of a Haswell-recorded, spread-free
# baseline). FID, IS and the other figures stay gated. Re-recorded for
# memorygan_train version 2 (the memory update as the authors' code has it).
# The figures stages' slot_purity, sample_purity and slot_classes (added
# 2026-12-07, session 19) are reported only: at this scale every slot draws
# one class (all three pinned at 1), like the slot counts a chaotic figure.
# Re-recorded 2026-12-08 (session 24) for the classifier's narrow
# convolution (classifier_train version 3, other bits): with nothing else
# changed, the CI-scale classifier (test accuracy 0.85) moved the DCGAN and
# no-memory rows' precision by 0.07-0.27 (DCGAN s1 0.461 -> 0.188, no memory
# s2 0.34 -> 0.197, past 8 x its 0.015 standard error), so all four are
# reported only; their FIDs stay gated (they moved 2-3%).

fingerprint = "openblas Haswell split 2 ftz"

metric "clf.loss" {
  value  = 0.512517
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
  value  = 0.96
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
  value  = 108
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s1].sample_purity" {
  value  = 1
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s1].slot_classes" {
  value  = 1
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s1].slot_purity" {
  value  = 1
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s1].used_fake_slots" {
  value  = 148
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s1].used_real_slots" {
  value  = 108
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s2].real_slots" {
  value  = 103
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s2].sample_purity" {
  value  = 1
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s2].slot_classes" {
  value  = 1
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s2].slot_purity" {
  value  = 1
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s2].used_fake_slots" {
  value  = 153
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN s2].used_real_slots" {
  value  = 103
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s1].real_slots" {
  value  = 111
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s1].sample_purity" {
  value  = 1
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s1].slot_classes" {
  value  = 1
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s1].slot_purity" {
  value  = 1
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s1].used_fake_slots" {
  value  = 145
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s1].used_real_slots" {
  value  = 111
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s2].real_slots" {
  value  = 72
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s2].sample_purity" {
  value  = 1
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s2].slot_classes" {
  value  = 1
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s2].slot_purity" {
  value  = 1
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s2].used_fake_slots" {
  value  = 184
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "fig[MemoryGAN, no MI s2].used_real_slots" {
  value  = 72
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN s1].d_fake" {
  value  = 0.0600698
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN s1].d_loss" {
  value  = 0.0980215
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN s1].d_real" {
  value  = 0.984787
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN s1].g_loss" {
  value  = -0.0726465
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN s1].mi_loss" {
  value  = 0.971901
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN s1].real_slots" {
  value  = 0.438477
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN s2].d_fake" {
  value  = 0.0885375
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN s2].d_loss" {
  value  = 0.144722
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN s2].d_real" {
  value  = 0.983287
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN s2].g_loss" {
  value  = -0.109034
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN s2].mi_loss" {
  value  = 0.986086
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN s2].real_slots" {
  value  = 0.412109
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN, no MI s1].d_fake" {
  value  = 0.0370122
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN, no MI s1].d_loss" {
  value  = 0.0581768
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no MI s1].d_real" {
  value  = 0.990117
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no MI s1].g_loss" {
  value  = -0.0542176
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no MI s1].mi_loss" {
  value  = 1.01327
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no MI s1].real_slots" {
  value  = 0.450195
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no MI s2].d_fake" {
  value  = 0.0727639
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN, no MI s2].d_loss" {
  value  = 0.135445
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no MI s2].d_real" {
  value  = 0.974576
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "mg[MemoryGAN, no MI s2].g_loss" {
  value  = -0.0707216
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no MI s2].mi_loss" {
  value  = 1.01614
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no MI s2].real_slots" {
  value  = 0.285156
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no memory s1].d_fake" {
  value  = 0.0555222
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no memory s1].d_loss" {
  value  = 0.178348
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no memory s1].d_real" {
  value  = 0.891037
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no memory s1].g_loss" {
  value  = -0.050466
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no memory s2].d_fake" {
  value  = 0.0730591
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no memory s2].d_loss" {
  value  = 0.192202
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "mg[MemoryGAN, no memory s2].d_real" {
  value  = 0.895352
  better = "either"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "mg[MemoryGAN, no memory s2].g_loss" {
  value  = -0.0709676
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[DCGAN s1].fid.fid" {
  value  = 215.465
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[DCGAN s1].is.is" {
  value  = 1.05116
  stderr = 0.00479285
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[DCGAN s1].is.is_std" {
  value  = 0.00479285
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[DCGAN s1].pr.precision" {
  value  = 0.188
  stderr = 0.0123554
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
  value  = 207.513
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[DCGAN s2].is.is" {
  value  = 1.07226
  stderr = 0.00652886
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[DCGAN s2].is.is_std" {
  value  = 0.00652886
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[DCGAN s2].pr.precision" {
  value  = 0.274
  stderr = 0.014104
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
  report = true
}

metric "module.eval[DCGAN s2].pr.recall" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "module.eval[MemoryGAN s1].fid.fid" {
  value  = 238.384
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[MemoryGAN s1].is.is" {
  value  = 1.00104
  stderr = 8.76704e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[MemoryGAN s1].is.is_std" {
  value  = 8.76704e-05
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
  value  = 235.536
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[MemoryGAN s2].is.is" {
  value  = 1.00201
  stderr = 0.000144141
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[MemoryGAN s2].is.is_std" {
  value  = 0.000144141
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
  value  = 239.448
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[MemoryGAN, no MI s1].is.is" {
  value  = 1.00065
  stderr = 7.49013e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[MemoryGAN, no MI s1].is.is_std" {
  value  = 7.49013e-05
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
  value  = 237.794
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[MemoryGAN, no MI s2].is.is" {
  value  = 1.0009
  stderr = 6.31152e-05
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[MemoryGAN, no MI s2].is.is_std" {
  value  = 6.31152e-05
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
  value  = 214.013
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[MemoryGAN, no memory s1].is.is" {
  value  = 1.15467
  stderr = 0.0100174
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[MemoryGAN, no memory s1].is.is_std" {
  value  = 0.0100174
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[MemoryGAN, no memory s1].pr.precision" {
  value  = 0.485
  stderr = 0.0158043
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
  value  = 208.019
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "module.eval[MemoryGAN, no memory s2].is.is" {
  value  = 1.11889
  stderr = 0.00607042
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "module.eval[MemoryGAN, no memory s2].is.is_std" {
  value  = 0.00607042
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "module.eval[MemoryGAN, no memory s2].pr.precision" {
  value  = 0.197
  stderr = 0.0125774
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
  report = true
}

metric "module.eval[MemoryGAN, no memory s2].pr.recall" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "time.clf" {
  value  = 9.19848
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.data" {
  value  = 0.819497
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dcgan[DCGAN s1]" {
  value  = 7.55137
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dcgan[DCGAN s2]" {
  value  = 7.66931
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.fig[MemoryGAN s1]" {
  value  = 6.0267
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.fig[MemoryGAN s2]" {
  value  = 4.85455
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.fig[MemoryGAN, no MI s1]" {
  value  = 5.03338
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.fig[MemoryGAN, no MI s2]" {
  value  = 4.24559
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.memorygan" {
  value  = 0.0274654
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.mg[MemoryGAN s1]" {
  value  = 12.1101
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.mg[MemoryGAN s2]" {
  value  = 10.5127
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.mg[MemoryGAN, no MI s1]" {
  value  = 10.1476
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.mg[MemoryGAN, no MI s2]" {
  value  = 11.7999
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.mg[MemoryGAN, no memory s1]" {
  value  = 10.0813
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.mg[MemoryGAN, no memory s2]" {
  value  = 9.84052
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[DCGAN s1].fid" {
  value  = 0.479159
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[DCGAN s1].is" {
  value  = 0.383541
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[DCGAN s1].pr" {
  value  = 0.68952
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[DCGAN s2].fid" {
  value  = 0.638049
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[DCGAN s2].is" {
  value  = 0.31755
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[DCGAN s2].pr" {
  value  = 0.912224
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN s1].fid" {
  value  = 1.01882
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN s1].is" {
  value  = 0.278791
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN s1].pr" {
  value  = 1.42046
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN s2].fid" {
  value  = 0.829925
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN s2].is" {
  value  = 0.278853
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN s2].pr" {
  value  = 0.787938
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no MI s1].fid" {
  value  = 0.587198
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no MI s1].is" {
  value  = 0.485357
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no MI s1].pr" {
  value  = 0.809088
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no MI s2].fid" {
  value  = 0.624336
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no MI s2].is" {
  value  = 0.466365
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no MI s2].pr" {
  value  = 0.999267
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no memory s1].fid" {
  value  = 0.630173
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no memory s1].is" {
  value  = 0.293078
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no memory s1].pr" {
  value  = 0.692874
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no memory s2].fid" {
  value  = 0.979787
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no memory s2].is" {
  value  = 0.565661
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.module.eval[MemoryGAN, no memory s2].pr" {
  value  = 0.974794
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
  key = "32f8021e64e92787fe8c63296d41738aab18d7ff97a353bc53ebf1bbc28c0790"
  outputs = {
    "metrics" = "sha256:84edd83753513acbee39be1442ef1882e8e9ba52ad0aadac4b9c4a41678c1bef"
  }
}

result "module.eval[\"DCGAN s1\"].stage.is" {
  key = "50918a5725a6a1a3a71e1f8657ee75080054b6d56f8f57e46e10e5f3c5c7753a"
  outputs = {
    "metrics" = "sha256:133fa025f135a31c219e83ad8030e7d8a6914d148d93d2fd2ed852b9a5146b1a"
  }
}

result "module.eval[\"DCGAN s1\"].stage.pr" {
  key = "f50a7220031d491b7fa8d51d7d831e93d7bea413d646cfc9297ef7a00de20338"
  outputs = {
    "metrics" = "sha256:67fc9eb76b805b17342c45353c6b5b4d66b1f01c61411485895eb7db369c6b10"
  }
}

result "module.eval[\"DCGAN s2\"].stage.fid" {
  key = "d40d109e7a2bfa4f88695f98e21b24fa25eb7cd2ae3cfdea3af3c42050662c3c"
  outputs = {
    "metrics" = "sha256:add64ab04b31c4313656d7e612e346a6e57a69d08a0b7f0f14050d6b1da56541"
  }
}

result "module.eval[\"DCGAN s2\"].stage.is" {
  key = "cee5d07f7aa0da6b3eb6fb047e476a0e935f405bf297e11ad40feccee6dde100"
  outputs = {
    "metrics" = "sha256:f5b62c813b5d081e8edf14cc230dcfd03ed8f758ed600e7869ad6919139d129a"
  }
}

result "module.eval[\"DCGAN s2\"].stage.pr" {
  key = "eeafce0afba6d6e388ff69cbd5f1cb91bf0db4163fd060427e6530129c1e95d4"
  outputs = {
    "metrics" = "sha256:0a461738adf940fe2136ee401c0d7e79cf1d26de8cceb4405ad251cfc034054e"
  }
}

result "module.eval[\"MemoryGAN s1\"].stage.fid" {
  key = "3bdb94b805c0599c6b8aaa1c5d44710889ac107b3f119b60d3fc0ff760d62f56"
  outputs = {
    "metrics" = "sha256:51f0a4f62f622a00585c24d7181f635db28af31766eaeb0a8034e24fc6a08f07"
  }
}

result "module.eval[\"MemoryGAN s1\"].stage.is" {
  key = "3872f6588a0a707cf38a09e10792e1ad76a5fbb2198f51c0d50806e505dec72f"
  outputs = {
    "metrics" = "sha256:e1eac2d6affd76160faa0048c900e592be58f5be6f15aaaf4d70c9093c858f73"
  }
}

result "module.eval[\"MemoryGAN s1\"].stage.pr" {
  key = "47a02c9c7b5ad86e342e8dd994b9095b1a1a5846c7b64ea71f45068f9eb9e991"
  outputs = {
    "metrics" = "sha256:2b5344951ec8757a9e07417cb4a9dd2544c765d02a609f24bb1ca1f89fd5431e"
  }
}

result "module.eval[\"MemoryGAN s2\"].stage.fid" {
  key = "a87bab75c2ad165c9822ff71dcc3b9ed55957b7f350e9872e4041ff987a9d0cc"
  outputs = {
    "metrics" = "sha256:0dc2105aa742b848e424c3e45e5620ac4215eab9114779bd1d46c6e8a74bc04b"
  }
}

result "module.eval[\"MemoryGAN s2\"].stage.is" {
  key = "e942aabe8b3e223dab23993e56a3dfd2d55d41268b62aa9d0a063c6e95d41cc0"
  outputs = {
    "metrics" = "sha256:7319e70729538e171845d9de8169c70ccccdbfae6d9ac9b8808a85a307e03e06"
  }
}

result "module.eval[\"MemoryGAN s2\"].stage.pr" {
  key = "28680a9757f1c6a606ab7e3a38b42eb0d9c4bc26c90f1ba94159640ae7ccf610"
  outputs = {
    "metrics" = "sha256:184cf104f224564fb21348de7e964348604dd72037fc482932bfbcd477cfb670"
  }
}

result "module.eval[\"MemoryGAN, no MI s1\"].stage.fid" {
  key = "ff94cf9103e23882998df30f6eaec399d1bbfd694c3e08e35a3ef90d6260332d"
  outputs = {
    "metrics" = "sha256:be451327ed57f441549e62b949a3c392a4b550a147e3c9ffcd43eec48c78e7d2"
  }
}

result "module.eval[\"MemoryGAN, no MI s1\"].stage.is" {
  key = "0efc068d0a50dcb227f18c1a71451601825dbca32d9ff753da674343e5d5ceff"
  outputs = {
    "metrics" = "sha256:b3494f854779e64dfb7bdd68426f3f04c0b4e3e1cb7025b67e9b576488b36685"
  }
}

result "module.eval[\"MemoryGAN, no MI s1\"].stage.pr" {
  key = "040c9724fbcf1c63c11a4493d5079fa3caa211d86771596c4ab7b20472b8e57f"
  outputs = {
    "metrics" = "sha256:a7806e7a0fdd36b7edb5b7d56bc0231de9fe82e11a4e4874d46ef173a8cb49f2"
  }
}

result "module.eval[\"MemoryGAN, no MI s2\"].stage.fid" {
  key = "417c53f633adf5318e77e1ff1b7ad6ea27b2e221dd1c52be9432a55d7bbebc29"
  outputs = {
    "metrics" = "sha256:234f12ba4c017ded782a726cba84f9b5e014c03ee30b7e48c2e09ded0570e297"
  }
}

result "module.eval[\"MemoryGAN, no MI s2\"].stage.is" {
  key = "b731146e8bec2003fc24cab76f31228f825814d2fb6f83a9c801137f22e3250a"
  outputs = {
    "metrics" = "sha256:dfb3d0a5e6ce1ed04781336453f2ccb38a39c8c93f6cbe6e377be243a8d34b72"
  }
}

result "module.eval[\"MemoryGAN, no MI s2\"].stage.pr" {
  key = "8aa1d076b17bd86f017ad3502cd6e9551213eacb999ae82dec68f7b099c0c64a"
  outputs = {
    "metrics" = "sha256:05654136a66cb547b22c1ef999b66bcb87bded8344c95340f813dec37703c5c9"
  }
}

result "module.eval[\"MemoryGAN, no memory s1\"].stage.fid" {
  key = "e3c1609ed80aa7d91f7f5f8f4d19b608b4ccec75fc254c5cb02a8fd36018b13f"
  outputs = {
    "metrics" = "sha256:6257e7a239347ceae33b3afdbd0fd265705a49e11d1940f29a687976addfb39b"
  }
}

result "module.eval[\"MemoryGAN, no memory s1\"].stage.is" {
  key = "9eb619da399050d1f58cadeba026955516788475ea426ea994090cc9dc5a003e"
  outputs = {
    "metrics" = "sha256:6ca4ed996c36de918e4a41abe64e212da276fc5d4b9b0b233333fae491344243"
  }
}

result "module.eval[\"MemoryGAN, no memory s1\"].stage.pr" {
  key = "4a45059c41c22d6ec9ab8099519613276c4aeddb9c5b0b6462c52cb6b191c114"
  outputs = {
    "metrics" = "sha256:d8bae2eb3019854aa8f1a0e6b625c225922823fed625a43032e8f2298cd2485b"
  }
}

result "module.eval[\"MemoryGAN, no memory s2\"].stage.fid" {
  key = "69b5b1090e0f5bac5a7caa728af71fc72c3e5c40efa45091aef5ea7a20fd6188"
  outputs = {
    "metrics" = "sha256:39b482e0837893c9f375cbd9131066afcc2b39a534841eafd62cee0a81507a8b"
  }
}

result "module.eval[\"MemoryGAN, no memory s2\"].stage.is" {
  key = "8a4608a35bca429b891451f2e308f69463ccd52ee748550937524905f2162338"
  outputs = {
    "metrics" = "sha256:7c59915c63582c49f2e3dc1b95869fd389e6d5ef5d4b96d0eb6730bae07843f7"
  }
}

result "module.eval[\"MemoryGAN, no memory s2\"].stage.pr" {
  key = "980fa896d1ef4c47dfbc13c4aa8b0d9b8e5c618bbe68352d0ca8e1f8d666643e"
  outputs = {
    "metrics" = "sha256:b4216199ba1428d745d2fd53da4842fb51900636c59f21cae29f7b64331d8213"
  }
}

result "stage.clf" {
  key = "f7b4fca86488d04cebded1e172d2a8e5876eafd72590ac7384f60bb37c997d21"
  outputs = {
    "history" = "sha256:390125aa86b15bc60e6c8024a93ea90e66314aa08fec93e2cf523c108458e1e6"
    "metrics" = "sha256:60f26372ebe8a0fb575e0180a29aaeb4de7975a366c9988d34b6a3b42c9272a3"
    "model" = "sha256:1efab55b89df74ab2ae809b79989ea155fb7531ebed88a1afa9739be28fd3233"
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
  key = "de72d43235828698feed5fdb035f843461e65dd3c6bbb391aefea39e413f0927"
  outputs = {
    "figure" = "sha256:340e06840104b3c4313cd8084c42adc3cec2fcd12613913b069afdf25a25466a"
    "metrics" = "sha256:44f69417d021f3dd92dd9ea262c79c9547d8c80c3f29b43db6e975f69ff68d11"
  }
}

result "stage.fig[\"MemoryGAN s2\"]" {
  key = "e4a6ccc50b785abc0c0bfe8bbf3802edfc5e8ac051fa70b9dbfefb803818c902"
  outputs = {
    "figure" = "sha256:01933197896decd85d600d4ef85982f8ea9571b27b945cc85bd2331f0f0be374"
    "metrics" = "sha256:28ac9ee432c4c31a01de7b34d678449fae08b8902780db0964918ef05391a691"
  }
}

result "stage.fig[\"MemoryGAN, no MI s1\"]" {
  key = "ae435790eec46fcad0b098476bd6483d48060e7ff6f8664eab6b13ae511017b8"
  outputs = {
    "figure" = "sha256:fea09d41e27049949123f8c831433179909574f4f0dfc0e9a34db867b79ead5a"
    "metrics" = "sha256:89c0718adacf981e2d956d932399505f409979d206fba03adbc75f8c54d068e4"
  }
}

result "stage.fig[\"MemoryGAN, no MI s2\"]" {
  key = "ae171e6bcce463406a1dbd4cb54d8ae2de27eac2cf74379161204eaae451c412"
  outputs = {
    "figure" = "sha256:2168679440ea55bb7074d0941d48ae3bc9c96af109c6c2fb70cb920a215d5ea6"
    "metrics" = "sha256:1629a8372d24ef6589c8ee0d7fb7d70a7dd0ab9c45ad06801ed965e3a78cb3d2"
  }
}

result "stage.memorygan" {
  key = "9d91432e65a21888b45f26a078d0bdff2aab9d5131fafdafe6fbbdfac0b5d4f1"
  outputs = {
    "files" = "sha256:471032d99814833b0b9c19fb9b364bcb36858a15b38db3be3f60965a004429c5"
  }
}

result "stage.mg[\"MemoryGAN s1\"]" {
  key = "6e0aa97d7f231f3e446446206a31da887de707ab1cdabb948a80b69655b4183a"
  outputs = {
    "history" = "sha256:8f8cceec3f015478ad00b26867c22d9754ac78f629495a1ae1eb21cfff288d0b"
    "metrics" = "sha256:a7e9713950ce989ff5fff56e14c4d73f8b22d9ecae1668abe364a38297a34eb6"
    "model" = "sha256:1d6e7aa847dde00d4159870e8ffef670ad1c7f6fb97e9f574dd4b4b8b656b3af"
    "samples" = "sha256:b182d7f9d6d82651d16bd730897472520719de53bd400055ee1709447a74bcab"
  }
}

result "stage.mg[\"MemoryGAN s2\"]" {
  key = "f2af9a5bb69bc22038201730918a83ecba1894c7c63bc6c6fb2adef7676e49c8"
  outputs = {
    "history" = "sha256:6bb1804b753fbbb75b5f76c3ff1ed4a388f575420cdafa7321a10ad8ab1d7134"
    "metrics" = "sha256:be5c161a9deb0c9e99e4549b06fa3dc81fc0a2c3578c32c62ab11faa98a441f9"
    "model" = "sha256:c4679de47d5784a9fd097dc91cc01d40a6b53b8851a3a1759fc3e482a362b831"
    "samples" = "sha256:b6fa04195e40eda7e11e45bdb4a3c5d1ecf5e48d765fae12851f62127b99001a"
  }
}

result "stage.mg[\"MemoryGAN, no MI s1\"]" {
  key = "bfd8ce69b648f0df1909314d053d36c03b26718c63c6a774fa06a33992e5c1a3"
  outputs = {
    "history" = "sha256:c76838f556db7350f8dac5e77577bdc5ba38dd18919229a3e33f2d9b83fc1efd"
    "metrics" = "sha256:f40ab418117d99054f0f3d8460195f0d4cde06482b24e25f1bff9f8f519a3c27"
    "model" = "sha256:d783f0b2ff81a4af4c1ec357ddb1ade6b053d28ab349555ec7978a0d29e09879"
    "samples" = "sha256:d0d763f504055ccb8473d3446acefdb95e7ac41c5a3b4585bdf2a758cd38b926"
  }
}

result "stage.mg[\"MemoryGAN, no MI s2\"]" {
  key = "37813052f2b69bf67cb7eea76e92ac6f8604fe81fc602ef94f4492a2f98f739c"
  outputs = {
    "history" = "sha256:fbb4ad2872b4dbbac7ea8ec9c0dba3f00a0e0685565181902a0ef94f10a3e49a"
    "metrics" = "sha256:5101b01c2932496a83574f3c9e817949aefb45ce27879911a2f1dc37b822e88c"
    "model" = "sha256:b684ff0366ff15f5e27c0ee5be458fe6d4accf72cfeebf0fad3046330dbc0e57"
    "samples" = "sha256:89fb8064ea0619f9eba1e739f37ddf6c717db0132b51675996ae7872c6299613"
  }
}

result "stage.mg[\"MemoryGAN, no memory s1\"]" {
  key = "1627feb9296d98938913867acd7860a221a30a7ad92b8ddb5fd464f848ba786a"
  outputs = {
    "history" = "sha256:1e6b09990f0b1af88814df5f6dfed032ac42096ed7a8e10ef8b296ec54c75c4e"
    "metrics" = "sha256:421cc776b2b30f30d859f10745b90a2e044ecfae93eda7e8ef534085af5bda0c"
    "model" = "sha256:973a5dd289241b66e20a022ca538f36f83f002fe50ca77b361240d87ccb48758"
    "samples" = "sha256:c3aa93e7c019147ab30cd7fead4b9e71fdd2330c6e75fbd78e355490713be161"
  }
}

result "stage.mg[\"MemoryGAN, no memory s2\"]" {
  key = "36a3147daba8f2f9ca82b3bacf7e94584a9eae9cee18c197c9dffe14f2a10cfe"
  outputs = {
    "history" = "sha256:63eb0aa644b026443f001085f82330276749c0b3ce8eb513d909dafe9b229cd3"
    "metrics" = "sha256:768938a267d0db5fa037a4e17b401513643be900c2052da5b7166faef4645dd6"
    "model" = "sha256:da5a88e0454fa97e1613256e646b99323cccd9e466d351df5baa5a6d9c0b87e2"
    "samples" = "sha256:f436b9bcd8b7be0efc28068f7ef03349f1cf1aabd23a5b1faba6a9c6839b8719"
  }
}
