# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

fingerprint = "openblas Haswell split 2 ftz"

# Reported, not gated: the ring's modes and reverse KL at CI scale (100
# updates). Every ring run has 0 to 7 high-quality samples of 2,500 (HQ at
# most 0.0028, 0 to 3 modes), so one sample more or less, which another
# CPU's BLAS kernels decide, moves both figures (and reverse KL is undefined
# with none: "undefined = true"). The ring's high_quality and the grid's
# figures stay gated; under this fingerprint the digests pin every result.

metric "cov[grid GAN s1].high_quality" {
  value  = 0.2004
  stderr = 0.00800599
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[grid GAN s1].modes" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "cov[grid GAN s1].reverse_kl" {
  value  = 3.21888
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "cov[grid GAN s1].total" {
  value  = 25
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[grid GAN+SN s1].high_quality" {
  value  = 0.1252
  stderr = 0.00661891
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[grid GAN+SN s1].modes" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "cov[grid GAN+SN s1].reverse_kl" {
  value  = 3.21888
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "cov[grid GAN+SN s1].total" {
  value  = 25
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[grid PacGAN2 s1].high_quality" {
  value  = 0.2764
  stderr = 0.00894434
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[grid PacGAN2 s1].modes" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "cov[grid PacGAN2 s1].reverse_kl" {
  value  = 3.21888
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "cov[grid PacGAN2 s1].total" {
  value  = 25
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[grid PacGAN4 s1].high_quality" {
  value  = 0.3656
  stderr = 0.00963196
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[grid PacGAN4 s1].modes" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "cov[grid PacGAN4 s1].reverse_kl" {
  value  = 3.21888
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "cov[grid PacGAN4 s1].total" {
  value  = 25
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[grid SR-GAN dynamic s1].high_quality" {
  value  = 0.3784
  stderr = 0.00969976
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[grid SR-GAN dynamic s1].modes" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "cov[grid SR-GAN dynamic s1].reverse_kl" {
  value  = 3.21888
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "cov[grid SR-GAN dynamic s1].total" {
  value  = 25
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[grid SR-GAN static s1].high_quality" {
  value  = 0.228
  stderr = 0.00839085
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[grid SR-GAN static s1].modes" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "cov[grid SR-GAN static s1].reverse_kl" {
  value  = 3.21888
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "cov[grid SR-GAN static s1].total" {
  value  = 25
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[grid Unrolled GAN s1].high_quality" {
  value  = 0.024
  stderr = 0.00306098
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[grid Unrolled GAN s1].modes" {
  value  = 3
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "cov[grid Unrolled GAN s1].reverse_kl" {
  value  = 2.14284
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "cov[grid Unrolled GAN s1].total" {
  value  = 25
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[grid VEEGAN s1].high_quality" {
  value  = 0.028
  stderr = 0.00329945
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[grid VEEGAN s1].modes" {
  value  = 2
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "cov[grid VEEGAN s1].reverse_kl" {
  value  = 2.86349
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
}

metric "cov[grid VEEGAN s1].total" {
  value  = 25
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[ring GAN s1].high_quality" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[ring GAN s1].modes" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
  report = true
}

metric "cov[ring GAN s1].reverse_kl" {
  undefined = true
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "cov[ring GAN s1].total" {
  value  = 8
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[ring GAN+SN s1].high_quality" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[ring GAN+SN s1].modes" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
  report = true
}

metric "cov[ring GAN+SN s1].reverse_kl" {
  undefined = true
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "cov[ring GAN+SN s1].total" {
  value  = 8
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[ring PacGAN2 s1].high_quality" {
  value  = 0.0012
  stderr = 0.000692405
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[ring PacGAN2 s1].modes" {
  value  = 2
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
  report = true
}

metric "cov[ring PacGAN2 s1].reverse_kl" {
  value  = 1.44293
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "cov[ring PacGAN2 s1].total" {
  value  = 8
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[ring PacGAN4 s1].high_quality" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[ring PacGAN4 s1].modes" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
  report = true
}

metric "cov[ring PacGAN4 s1].reverse_kl" {
  undefined = true
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "cov[ring PacGAN4 s1].total" {
  value  = 8
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[ring SR-GAN dynamic s1].high_quality" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[ring SR-GAN dynamic s1].modes" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
  report = true
}

metric "cov[ring SR-GAN dynamic s1].reverse_kl" {
  undefined = true
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "cov[ring SR-GAN dynamic s1].total" {
  value  = 8
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[ring SR-GAN static s1].high_quality" {
  value  = 0.0004
  stderr = 0.00039992
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[ring SR-GAN static s1].modes" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
  report = true
}

metric "cov[ring SR-GAN static s1].reverse_kl" {
  value  = 2.07944
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "cov[ring SR-GAN static s1].total" {
  value  = 8
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[ring Unrolled GAN s1].high_quality" {
  value  = 0.0004
  stderr = 0.00039992
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
  report = true
}

metric "cov[ring Unrolled GAN s1].modes" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
  report = true
}

metric "cov[ring Unrolled GAN s1].reverse_kl" {
  value  = 2.07944
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "cov[ring Unrolled GAN s1].total" {
  value  = 8
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "cov[ring VEEGAN s1].high_quality" {
  value  = 0.0016
  stderr = 0.00079936
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[ring VEEGAN s1].modes" {
  value  = 3
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
  report = true
}

metric "cov[ring VEEGAN s1].reverse_kl" {
  value  = 1.03972
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
  report = true
}

metric "cov[ring VEEGAN s1].total" {
  value  = 8
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid GAN s1].d_loss" {
  value  = 1.38056
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid GAN s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[grid GAN s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid GAN s1].g_loss" {
  value  = 0.69571
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid GAN+SN s1].d_loss" {
  value  = 1.06885
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid GAN+SN s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[grid GAN+SN s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid GAN+SN s1].g_loss" {
  value  = 0.674715
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid PacGAN2 s1].d_loss" {
  value  = 1.37974
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid PacGAN2 s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[grid PacGAN2 s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid PacGAN2 s1].g_loss" {
  value  = 0.696015
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid PacGAN4 s1].d_loss" {
  value  = 1.37714
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid PacGAN4 s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[grid PacGAN4 s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid PacGAN4 s1].g_loss" {
  value  = 0.696219
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid SR-GAN dynamic s1].d_loss" {
  value  = 1.30533
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid SR-GAN dynamic s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[grid SR-GAN dynamic s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid SR-GAN dynamic s1].g_loss" {
  value  = 0.695434
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid SR-GAN static s1].d_loss" {
  value  = 1.21508
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid SR-GAN static s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[grid SR-GAN static s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid SR-GAN static s1].g_loss" {
  value  = 0.685702
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid Unrolled GAN s1].d_loss" {
  value  = 1.38594
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid Unrolled GAN s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[grid Unrolled GAN s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid Unrolled GAN s1].g_loss" {
  value  = -1.38379
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid VEEGAN s1].d_loss" {
  value  = 0.961927
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid VEEGAN s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[grid VEEGAN s1].g_loss" {
  value  = 128.372
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring GAN s1].d_loss" {
  value  = 1.38518
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring GAN s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[ring GAN s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring GAN s1].g_loss" {
  value  = 0.69368
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring GAN+SN s1].d_loss" {
  value  = 1.29159
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring GAN+SN s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[ring GAN+SN s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring GAN+SN s1].g_loss" {
  value  = 0.661534
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring PacGAN2 s1].d_loss" {
  value  = 1.38512
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring PacGAN2 s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[ring PacGAN2 s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring PacGAN2 s1].g_loss" {
  value  = 0.693694
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring PacGAN4 s1].d_loss" {
  value  = 1.38461
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring PacGAN4 s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[ring PacGAN4 s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring PacGAN4 s1].g_loss" {
  value  = 0.693998
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring SR-GAN dynamic s1].d_loss" {
  value  = 1.358
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring SR-GAN dynamic s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[ring SR-GAN dynamic s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring SR-GAN dynamic s1].g_loss" {
  value  = 0.689559
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring SR-GAN static s1].d_loss" {
  value  = 1.34169
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring SR-GAN static s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[ring SR-GAN static s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring SR-GAN static s1].g_loss" {
  value  = 0.68339
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring Unrolled GAN s1].d_loss" {
  value  = 1.5904
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring Unrolled GAN s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[ring Unrolled GAN s1].diverged_at" {
  value  = 0
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring Unrolled GAN s1].g_loss" {
  value  = -1.53856
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring VEEGAN s1].d_loss" {
  value  = 1.37238
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring VEEGAN s1].diverged" {
  value  = 0
  better = "lower"
  z      = 8
  abs    = 0.5
  rel    = 0
}

metric "gan[ring VEEGAN s1].g_loss" {
  value  = 131.114
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "time.cov[grid GAN s1]" {
  value  = 0.000736119
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[grid GAN+SN s1]" {
  value  = 0.00053049
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[grid PacGAN2 s1]" {
  value  = 0.000529663
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[grid PacGAN4 s1]" {
  value  = 0.000846383
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[grid SR-GAN dynamic s1]" {
  value  = 0.00129228
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[grid SR-GAN static s1]" {
  value  = 0.000898145
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[grid Unrolled GAN s1]" {
  value  = 0.00123832
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[grid VEEGAN s1]" {
  value  = 0.00102771
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[ring GAN s1]" {
  value  = 0.000543414
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[ring GAN+SN s1]" {
  value  = 0.000808236
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[ring PacGAN2 s1]" {
  value  = 0.000495829
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[ring PacGAN4 s1]" {
  value  = 0.000507399
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[ring SR-GAN dynamic s1]" {
  value  = 0.000554712
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[ring SR-GAN static s1]" {
  value  = 0.000576343
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[ring Unrolled GAN s1]" {
  value  = 0.000907111
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.cov[ring VEEGAN s1]" {
  value  = 0.00118816
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.grid" {
  value  = 0.0059703
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.dataset.ring" {
  value  = 0.00241219
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[grid GAN s1]" {
  value  = 0.411038
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[grid GAN+SN s1]" {
  value  = 0.124812
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[grid PacGAN2 s1]" {
  value  = 0.211215
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[grid PacGAN4 s1]" {
  value  = 0.359457
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[grid SR-GAN dynamic s1]" {
  value  = 0.22456
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[grid SR-GAN static s1]" {
  value  = 0.255766
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[grid Unrolled GAN s1]" {
  value  = 0.953772
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[grid VEEGAN s1]" {
  value  = 1.13631
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[ring GAN s1]" {
  value  = 0.359447
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[ring GAN+SN s1]" {
  value  = 0.394408
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[ring PacGAN2 s1]" {
  value  = 0.703664
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[ring PacGAN4 s1]" {
  value  = 0.428308
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[ring SR-GAN dynamic s1]" {
  value  = 0.202935
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[ring SR-GAN static s1]" {
  value  = 0.273901
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[ring Unrolled GAN s1]" {
  value  = 0.764798
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.gan[ring VEEGAN s1]" {
  value  = 0.56324
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.grid" {
  value  = 0.506507
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.spectra" {
  value  = 0.373742
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.report.spectra_grid" {
  value  = 0.24802
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.ring" {
  value  = 0.845293
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

metric "time.table" {
  value  = 0.00127767
  better = "lower"
  z      = 0
  abs    = 1
  rel    = 2
}

result "dataset.grid" {
  key = "2e0b8e240281a090d57d58f4026f38cb3c0421f499502c42af438a84450290c5"
  outputs = {
    "test" = "sha256:333d0483330294ef4b6abb5f25e85c7d5954e4d6c5a8ca880a393d5783e3cc2e"
    "train" = "sha256:2c918ccd826e06b9dbd5e818663d95c3853f515726b8797308bc9b0400359063"
    "valid" = "sha256:4dea9e32d27423c118e19dfc99ec04a3b69f8a623bad6aa0fab70cd92deaa215"
  }
}

result "dataset.ring" {
  key = "d8dfe630aa877c2828f4096fa2a7a7f2fa457d3eefb1869da4549747f27c719c"
  outputs = {
    "test" = "sha256:fda038d38c7869bbdd564b15b498ad14c4d410626523a7c0f4bca496b85106d3"
    "train" = "sha256:e44862b6bf7e02be89572f04f00603a61dde7303ccd5f484a22bb8c79e486eda"
    "valid" = "sha256:72b23cb5186d0ed26b222d5c1e36e635bc0c0f0f0f644bc6f6ac95218f9ce844"
  }
}

result "report.spectra" {
  key = "e4cb48c22e2821621e65d23f4aca71dc655b9a6423ebdfefeeeda28c188d51c8"
  outputs = {
    "files" = "sha256:7a4428f082d6e787e11abaa22a8990c1d989d4e594ce6ceb3cdb03bae88a75c7"
  }
}

result "report.spectra_grid" {
  key = "b5c2a905b37c72ca337e91642cabf651bc7202553ff83008658ac71a6fcb114b"
  outputs = {
    "files" = "sha256:e50f10df3ef7e262a8f556e0611d3b8d008b94b53576dbaabeaa277c74e67eda"
  }
}

result "stage.cov[\"grid GAN s1\"]" {
  key = "27939edd4363a50a3a834b3fed3ada46d2b9aab41c16777fb3fd2abdd7ffaee9"
  outputs = {
    "metrics" = "sha256:14ed5feab7d290ed05bcb75a66ccdba507dce05447433c4a9157657ee090f0d6"
  }
}

result "stage.cov[\"grid GAN+SN s1\"]" {
  key = "fdf1f21e27d437cf9acfe1464ed4b5587d4a0991f453c1bdc3c2748952911ffb"
  outputs = {
    "metrics" = "sha256:559bb8c992a591bcc1d4ff58d42ae0a9d31869e1124814759ba24f9504032bc1"
  }
}

result "stage.cov[\"grid PacGAN2 s1\"]" {
  key = "b62a39234a493a5f134f1ef6c49860e98cbc2b745858fe083d10b5ed4f2e88aa"
  outputs = {
    "metrics" = "sha256:691d992d40710fe86ab7c5afc7c44f31f800d90bc7511ab3f867be1a694d5de9"
  }
}

result "stage.cov[\"grid PacGAN4 s1\"]" {
  key = "0bdacedfe388f1cc9d73cdc38e8fa3630760cc928d2d01a89727f5d6b0e44e96"
  outputs = {
    "metrics" = "sha256:04c414b71a52583c0c857bff74878ad9b9ec7017a20ec541dfc90a8945df8f11"
  }
}

result "stage.cov[\"grid SR-GAN dynamic s1\"]" {
  key = "813649ca96185b3559b0df50d4d1afa9b73571bf056b3a1a5a7f5d90905e21f2"
  outputs = {
    "metrics" = "sha256:db2d0eb80bbb7ab6beb22589538971064eca96d0d5e96cf569efc4aebdc5ade8"
  }
}

result "stage.cov[\"grid SR-GAN static s1\"]" {
  key = "d3a0829ecf1b58433790d01d024bddd4b69d44b7d9e01cef98c3a2949b263be8"
  outputs = {
    "metrics" = "sha256:e685a22b38b10fbe2b16e38ecb99b655be5f84342beb8acb5154fbdb83ecb7c0"
  }
}

result "stage.cov[\"grid Unrolled GAN s1\"]" {
  key = "ff8506deaaea500269a2f485731045eaa69a24c31473f6be830efcba9aeeae82"
  outputs = {
    "metrics" = "sha256:d21ca2f83735252c89406289ff6fdf1fe33f2c6a8f981ff5e3a35f19bdd2f2fd"
  }
}

result "stage.cov[\"grid VEEGAN s1\"]" {
  key = "523630ad60d59372f064f5c11287eb2fbf12b6044847a003d92201b14aea0ba9"
  outputs = {
    "metrics" = "sha256:fa024f06b4e510316d6ab6b25cac3279a923281dc7fe29c8881ddd9172da1cf9"
  }
}

result "stage.cov[\"ring GAN s1\"]" {
  key = "492ded61a8b74a55376e01fe214bde210642f9aef0e067c144233a79a8a7e034"
  outputs = {
    "metrics" = "sha256:167d1f25af7c118cf45d8f6aacd81208393863713d2c001a8ca1382d88d5592c"
  }
}

result "stage.cov[\"ring GAN+SN s1\"]" {
  key = "c40671b6d7649f244c9fa072ffd09661496e91e70c6edaa181bd2a5ff66fc6b2"
  outputs = {
    "metrics" = "sha256:6b9f5a693b4a3bd7a84bd91c206781d18d9c6334499cf2a655bd027746c5e220"
  }
}

result "stage.cov[\"ring PacGAN2 s1\"]" {
  key = "412bcdccdd74b23271a23051f15642b3e86520676d56aa42e4cfa1d7b02eceb8"
  outputs = {
    "metrics" = "sha256:0749064001f18b5b1150d979df2fddfe51b21505ea0603f2a90f5de8d4e46cdf"
  }
}

result "stage.cov[\"ring PacGAN4 s1\"]" {
  key = "96855a17b54855a9c36241b8211b6a2a3b0f5aef88ed7f86a754104bd1137c0f"
  outputs = {
    "metrics" = "sha256:4acb00ad851181c84ff6e44d28036b63ac3b3df8c0d8ce4e734d2c954dd281c7"
  }
}

result "stage.cov[\"ring SR-GAN dynamic s1\"]" {
  key = "770a05951c4828b00982a366308f40c4af2013f29f9d29fb9889ac454e745cb8"
  outputs = {
    "metrics" = "sha256:2593d269235ac0a16149dc2777eabd4fa3f7eea4fee36337a74dd6eb55d207b7"
  }
}

result "stage.cov[\"ring SR-GAN static s1\"]" {
  key = "3e4100c385fd3aeddcc6bbe2225222dc3816ed4f2fef18b583a5b7c3b6091020"
  outputs = {
    "metrics" = "sha256:d97729045540daf1d137dc2a608fe029d9944a5d1712260c64f7ad24d159521c"
  }
}

result "stage.cov[\"ring Unrolled GAN s1\"]" {
  key = "144b64aaeddb7ad26c3e1a97cc892feff786137797c365cb119d96c025ef514a"
  outputs = {
    "metrics" = "sha256:6bb88a724efe3e2274c53c42d1433711ddd2bc9d744c1febed5c511cf9b99c56"
  }
}

result "stage.cov[\"ring VEEGAN s1\"]" {
  key = "43912f05412e24494aac2a6ec58af24a97ae4491b84e02d797edc6f0d388df8a"
  outputs = {
    "metrics" = "sha256:3efa3d464afb6c5e10f1d523839c96a6b7bd1099d6f027c4bffb76102244fc62"
  }
}

result "stage.gan[\"grid GAN s1\"]" {
  key = "0182ed43f5219e842707dd1997ea9c9f07804c94f9b7681202e70292e5dfa9a8"
  outputs = {
    "history" = "sha256:9551f6991ff53e8f0718a989e5b688de7acf0527403c3833b631ef9c1fc1e641"
    "metrics" = "sha256:712cae2b63cc790428df0bd38b3de2f0664052f744cac2be266392dde3f5ec42"
    "model" = "sha256:b8748f52ed5e9c187f1db203b3a9fa7c6186541b5476a7504237b7ea8f49bdab"
    "prefix_samples" = "sha256:64cb2ba17581d1333d03b7ffcd0023d65422290bc4d53dc45806986ac75f5be3"
    "samples" = "sha256:57fff15e8fbd5d74c763f057e721ce05124c77e97090e101411dbc539e3fc29a"
    "snapshots" = "sha256:64cb2ba17581d1333d03b7ffcd0023d65422290bc4d53dc45806986ac75f5be3"
  }
}

result "stage.gan[\"grid GAN+SN s1\"]" {
  key = "c1a32dfdddbcabab8dc8213068a4ab9f53bf5df449c425c6d844b5a50cc760b1"
  outputs = {
    "history" = "sha256:660d8d98bddf1941d2a1f07c3f8073d47b0ab1ff4e3afc211ba9da39cfd973e4"
    "metrics" = "sha256:bd88954ce1bdb44cd4126779aff42259e4414aa9748854b2cd96dddbe689883a"
    "model" = "sha256:170aa2e61d301d7dfee0390a4623e1b50f17ef33f961e92ca340308d024bf931"
    "prefix_samples" = "sha256:92a243ec22c5db96d6135b76bf315500c1f4dfbc6345a8c2556b212a3f7a7a71"
    "samples" = "sha256:ad6b9de50bb6b9fe54503b2e40ec7ba76afa8268f65a979fb87ae641cd3ba1c9"
    "snapshots" = "sha256:92a243ec22c5db96d6135b76bf315500c1f4dfbc6345a8c2556b212a3f7a7a71"
  }
}

result "stage.gan[\"grid PacGAN2 s1\"]" {
  key = "b3e6f4b0da97f738485103953c31377f299377804cd58355a3cbd6a36d5f356d"
  outputs = {
    "history" = "sha256:c09efb139c7fc596a88c7291213874a9e0df977f279b575dfb0603fd0e0014fc"
    "metrics" = "sha256:02e0459b644efedcd9073ff6e8771bb1b6dd0b398f283a1cf11839268cbfc134"
    "model" = "sha256:666e6f90600c081b45a250cb0b23f0b9bbd3097035eed6b9a56e9b6a23deecaf"
    "prefix_samples" = "sha256:ffac21f2ee674fc75cbf243f7cd2498c24961937b529d3a9ccd6d36da6bd4471"
    "samples" = "sha256:55e49aea5014b6bf46ce68daad5fe230e28bd1c935127242cfa073f704bfc4ed"
    "snapshots" = "sha256:ffac21f2ee674fc75cbf243f7cd2498c24961937b529d3a9ccd6d36da6bd4471"
  }
}

result "stage.gan[\"grid PacGAN4 s1\"]" {
  key = "e283933ae5235196f8b59299422c930ebcd5fd017b7b69072b3288971497a946"
  outputs = {
    "history" = "sha256:d4de5175ac7ad157b3de972caa50bba3854b3212df7cbf089be6147a8c5d7e3f"
    "metrics" = "sha256:9c3976f3249164e62954a15f79ab0bb95d12caedd7f52e04af58b947ad9599fb"
    "model" = "sha256:9845ba229fd6d3d841dd3afdbbe8de3d3b5ffe5fee53befe93322414041376d2"
    "prefix_samples" = "sha256:5bf86e59e8b5e787ced44d0a69dbdcbb4c900f79efe0579421a8b9c501b64dad"
    "samples" = "sha256:fa0af23f8119497803b1abed8e52e9e370644e4e32a0afc64c19b67960afaca0"
    "snapshots" = "sha256:5bf86e59e8b5e787ced44d0a69dbdcbb4c900f79efe0579421a8b9c501b64dad"
  }
}

result "stage.gan[\"grid SR-GAN dynamic s1\"]" {
  key = "c7a9f3bc438f4c627a91076cf6fefa6c8e4e848733aa1314c9ac64199c7f2ab3"
  outputs = {
    "history" = "sha256:b7ad18cfd2336fb6cc1a73e0642e300d4993ef3b255d8ffcbd4df51d6016ce6e"
    "metrics" = "sha256:3edb765297ca2f80cc2f486b898ab6c61e2cbf845ea8835bdd1bc002db35e301"
    "model" = "sha256:ff055309c1e77775f7eb0b67e18455794fdc36246fbc2a6895ccf3dea9be46e1"
    "prefix_samples" = "sha256:834f74ca7a038553a7fe252030e017dd26bdd7dce41ee25eb2e805a6a3225b26"
    "samples" = "sha256:ff6b62bece95b5919da295b4bf3808801a1904e150bc4fc937825fcf1b9c3dad"
    "snapshots" = "sha256:834f74ca7a038553a7fe252030e017dd26bdd7dce41ee25eb2e805a6a3225b26"
  }
}

result "stage.gan[\"grid SR-GAN static s1\"]" {
  key = "4093639399eeb228cc5a0c0ffa7404247a86a7178e0ce30903485b5e2adf2672"
  outputs = {
    "history" = "sha256:c8709d93fae02ebbd73dc2849519a6b4f4a7f51b3167f4996696847b22e6106f"
    "metrics" = "sha256:f43d22971b697172e9b1c8c1966e2fee0558cb12bad0dd7aa4005460da01fa92"
    "model" = "sha256:442dc1db9f0fa3068d0d78e2797d965e3ae28a7a226bbd9e5add4b40ff257c7d"
    "prefix_samples" = "sha256:2864a76bdec532695bf40d6a2af9399d145b4886d83e2c15ad8323f1faef795d"
    "samples" = "sha256:3e5d91e550de34f7bd05476fb49405fbb60ecff6e0cce7bab86183573d5bc401"
    "snapshots" = "sha256:2864a76bdec532695bf40d6a2af9399d145b4886d83e2c15ad8323f1faef795d"
  }
}

result "stage.gan[\"grid Unrolled GAN s1\"]" {
  key = "cac4e5abb006b1c473610f850abe4ac5a11717c268a12671717bd1a7190584db"
  outputs = {
    "history" = "sha256:66ef1189d3b691ab2f8af8e7fce00407947667349557cd38203ee0f37d363638"
    "metrics" = "sha256:c96643dcc056ee3f9079ab3ae290d3ff4c9d7d854586e8eac4c317153cf8885a"
    "model" = "sha256:4e6e940afc43c6e12d87ba795028d0e0afc5734092779384b531ebef7ca1af80"
    "prefix_samples" = "sha256:5f488aa14fb736f8c0beff64c02c86d03281c885510c10f62c04a61e89044d30"
    "samples" = "sha256:b7665d07618abcb5002b7f6010cf0dd0c42444e64ebca8e0aa15d1407d3f8426"
    "snapshots" = "sha256:5f488aa14fb736f8c0beff64c02c86d03281c885510c10f62c04a61e89044d30"
  }
}

result "stage.gan[\"grid VEEGAN s1\"]" {
  key = "3e6d7e0b96e60e99525e63be88120ebc7fb89bd7fbe3054fc41c2134de6ef1ee"
  outputs = {
    "history" = "sha256:1452965636f1d5dddc27d83c17a31365848a51ceaa858d6589858be09d4beb9a"
    "metrics" = "sha256:991d1d28ec0f2fbc21557cdea7f0e35d960fd99a7ab93af4eca405113566ded2"
    "model" = "sha256:2b5f7b25d80b3ef37162e5fcba33d2ec05bb787470eec120a6e42421c43f4459"
    "prefix_samples" = "sha256:17ca0c096c742dc0a80306486f41f93e5c67a4155480f9d69c5f04028eacb6c7"
    "samples" = "sha256:ed2c31af04edfea5f3f4f1fa64555c26e82151f75a90e39ec42dce43b1139ac8"
    "snapshots" = "sha256:17ca0c096c742dc0a80306486f41f93e5c67a4155480f9d69c5f04028eacb6c7"
  }
}

result "stage.gan[\"ring GAN s1\"]" {
  key = "cf388260c22573d00c6e279f9dd01a8a04fb2e37eb67b60aaf54733db0d1babe"
  outputs = {
    "history" = "sha256:cbf91aca4876fde5a33b389b42b8375e0cfa48d5b589dba3bd7dc75f6b21ae59"
    "metrics" = "sha256:10f9b6e238e0bffd1fce86cc033a329890b5640739954b772f1281dc6ea5e54e"
    "model" = "sha256:bc50f1db2881399f2297fe45a9c41d5e8e781a2e2fd5f09d0d4215d49e3f7928"
    "prefix_samples" = "sha256:381d7a443f9e86a29424816dc61af19c7df74819afa5adb70a8b5d7269cadd1a"
    "samples" = "sha256:98df9eeec8c8dcb042f85c3d2383a20bdaffb5c35e61d1bd885031710a4c2f76"
    "snapshots" = "sha256:381d7a443f9e86a29424816dc61af19c7df74819afa5adb70a8b5d7269cadd1a"
  }
}

result "stage.gan[\"ring GAN+SN s1\"]" {
  key = "e57e44ee2871b1ed12f67387af41c3acd07d4b0167ddde77dc40d9f1da0bbae4"
  outputs = {
    "history" = "sha256:be8a818b49d97a57b6eacd90448fb917eaa651cff611f8ec9903485ba0117fc8"
    "metrics" = "sha256:11caeac6119e6a5d999042b11304e9cb79a7e760d25c9dedb507120916bf0547"
    "model" = "sha256:cee84c8795785a4fccd715d1b5fa59cc7210d76c96f264d71f7a323142dbbe23"
    "prefix_samples" = "sha256:2ab87016c399f41fe567698a212f530b35497aa14b6d58d37dc87a81f59e84e1"
    "samples" = "sha256:f876b214bce685e0b20dbaca225ac407d3ff825844443fc1ef58c43a149fbef9"
    "snapshots" = "sha256:2ab87016c399f41fe567698a212f530b35497aa14b6d58d37dc87a81f59e84e1"
  }
}

result "stage.gan[\"ring PacGAN2 s1\"]" {
  key = "2d177330e2bb2824f3bdb5cd75c88bfcb959bc8a5151877da80b65b16ae6166a"
  outputs = {
    "history" = "sha256:4b369159d79f26f7172a252f3948cc39b0c4cd6642bd7dcfe9277400721172e8"
    "metrics" = "sha256:ed5706346bbbb1aad807825952439e56e31587e26ad779b19f37b162c9c04438"
    "model" = "sha256:d845065e1221f639a1c71dd246f353faa9798c41b8440f6337731bdc7e2dcd3d"
    "prefix_samples" = "sha256:321ab6989a4843cf96c7eeb96041edc24699ce2d01f7240a3650b7f0c28eb4c8"
    "samples" = "sha256:532e0c9c6c8226ea6cdf89e566d132ff828abb001a1e066147cf27b01ea4e35c"
    "snapshots" = "sha256:321ab6989a4843cf96c7eeb96041edc24699ce2d01f7240a3650b7f0c28eb4c8"
  }
}

result "stage.gan[\"ring PacGAN4 s1\"]" {
  key = "3aab4779bc1483f5ca9de66eec467928395256ff53b7ebfe357cc03596632c68"
  outputs = {
    "history" = "sha256:7fda0367a5fceadd5dac92d6ca83ac51143b74050094e4a677f4dda259261cf0"
    "metrics" = "sha256:2da6fd1876bfa45754fd51a2f44adf5618ef77aeade80d9ce61dc8ea9952137c"
    "model" = "sha256:16d547c5a03ab0b456f24f6bb86edb5717041c084d2e37fbd16e92a0d94d6904"
    "prefix_samples" = "sha256:3cdbfd8c615b01fe1941059c0472e810176c4c1fbb8e619709497beb8e1aad58"
    "samples" = "sha256:359c7605efa591df7998b128a2a37723de2e43f96bce58b2b3a5cb9a357ceff3"
    "snapshots" = "sha256:3cdbfd8c615b01fe1941059c0472e810176c4c1fbb8e619709497beb8e1aad58"
  }
}

result "stage.gan[\"ring SR-GAN dynamic s1\"]" {
  key = "c73533776b75326af9caf383d6680d110ef92c69fefea6b0ee48a64ed9ba0ea3"
  outputs = {
    "history" = "sha256:770035145f8fcceb42dc367ffe28ae8eeeb239ea50f1a1e720aa793da3e91330"
    "metrics" = "sha256:a811f7e8b74f9aa5d8f8d5d091c0e6343c91dd3be3d60649f7caf9f0041ec1ad"
    "model" = "sha256:e8366c024461024c22c298642eae720a5eb9b4d275dfd6544e280341bdf8d4cb"
    "prefix_samples" = "sha256:ebec9d6989fda8b265236834ebc552b1cd02e0fe2ff245146a681e7d17fd84d1"
    "samples" = "sha256:5389d58f94e2fca30e9a59b40ae05612816c3494701da153c1af37934f291b14"
    "snapshots" = "sha256:ebec9d6989fda8b265236834ebc552b1cd02e0fe2ff245146a681e7d17fd84d1"
  }
}

result "stage.gan[\"ring SR-GAN static s1\"]" {
  key = "0fa98d1c368579e81a09926ebed0527b222ef5f022680bb5f7df09c5f23fe00c"
  outputs = {
    "history" = "sha256:dc55230e47c01307309a0b0f3effb59227fd884745ee14d5d0cfd452b37f2c57"
    "metrics" = "sha256:e8964d39fb33dd0a51746a83fe5875297fe505aba85007082ec22b6cdcffcc05"
    "model" = "sha256:456728dbf3a611f836be06e20e4660e67bd9783c5c6037270d00e2f3477194bc"
    "prefix_samples" = "sha256:78a52241a95273204e6ed85354cbeee6d4f8b4d2f1c8d0b40dba46e235c9f8b0"
    "samples" = "sha256:f1080ea7c0dba4142d89cd371bfbe5e81d0b0670bf789eb6bc8e4ac4a9f501fa"
    "snapshots" = "sha256:78a52241a95273204e6ed85354cbeee6d4f8b4d2f1c8d0b40dba46e235c9f8b0"
  }
}

result "stage.gan[\"ring Unrolled GAN s1\"]" {
  key = "636e94b50850dea9ce949900aeab04c5fb4993c420a58089d88c73d1cbed7116"
  outputs = {
    "history" = "sha256:09d1773ad50b9734aa44eda3c5c57052c9a554af8b4260b9db9a5dc7685c2d1e"
    "metrics" = "sha256:83e5be4c80c4700b7e03d525ae5e41c3b6d4a9dd12cee23b799552437f517bb2"
    "model" = "sha256:72f1249f896c517ff0d176523e6f28a1285a740475388a0f8b68dd99e91c4982"
    "prefix_samples" = "sha256:1c034d2d4715a2aa104c9bd95790bd101aa7a080f86a99f7db2c8de1f75b2f18"
    "samples" = "sha256:92c387e93cf524000cdd3d1898c5a9b07cf6410d8d67599e230e27567c7dc848"
    "snapshots" = "sha256:1c034d2d4715a2aa104c9bd95790bd101aa7a080f86a99f7db2c8de1f75b2f18"
  }
}

result "stage.gan[\"ring VEEGAN s1\"]" {
  key = "a99d013ce2ce3b31fbed01ee2fb483242794b10e78efb3d342586436b93a9b7a"
  outputs = {
    "history" = "sha256:14db88e448d001efe77a3adb24013fcb0009ab312835d46ce4b44a6044bd461c"
    "metrics" = "sha256:16ecfc1654aed4f6a0e6feb6d706b874ae03e913d1ce45db5ea25a5e803ec9dc"
    "model" = "sha256:e4d3707c5369378fb40db4fe232c10e1ed87aee9be79c4b8bc579b481497bca9"
    "prefix_samples" = "sha256:4eb4fb1833ff2d57f6f8a8b106a7fb41b06df855a8374b92f23fb0bf4ab6c19f"
    "samples" = "sha256:2fbbf8d76a879e545a319f2c4e9124a55f62e276df91ebfb024a3718606b1a91"
    "snapshots" = "sha256:4eb4fb1833ff2d57f6f8a8b106a7fb41b06df855a8374b92f23fb0bf4ab6c19f"
  }
}

result "stage.grid" {
  key = "c575500f9bd48bf43d7b76db4f057755c0e4209e2483d5ab05aed7d68fe035e8"
  outputs = {
    "files" = "sha256:e92845c036b052a7e211770cee00ecba64c8fd7f496d6c72ceabde72ccaae379"
  }
}

result "stage.ring" {
  key = "c26fefdbb0cefada2c80798ad95aea80a3b499daeeea6a95a609c0cc622b6568"
  outputs = {
    "files" = "sha256:949bad2db3842de3671bead17c45202e226627dd13e8821370a099f1726b4311"
  }
}

result "stage.table" {
  key = "d178ff0351d45237782f2537454f51e970e61924ba8c80042fbb673003c4d25d"
  outputs = {
    "files" = "sha256:3f5a6eba0dc6cd53883d80110e1b0c812a31ba137dd060901fe7a298db7d541e"
  }
}
