# ganpipe check baseline, written by `ganpipe check -update` (value, result)
# and `ganpipe spread` (center, spread, runs). Edit tolerances freely:
# better = higher | lower | either; allowance = max(abs, rel * |reference|, z * sigma).

fingerprint = "openblas Haswell split 2 ftz"

# Reported, not gated: the ring Unrolled GAN's coverage at CI scale (tanh G,
# orthogonal init, 100 updates): one high-quality sample of 2,500 (HQ
# 0.0004, 1 mode, reverse KL log 8), so one sample more or less moves every
# figure (and reverse KL is undefined with none).

metric "cov[grid GAN s1].high_quality" {
  value  = 0.1868
  stderr = 0.00779502
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
  value  = 0.1004
  stderr = 0.00601065
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
  value  = 0.2224
  stderr = 0.00831717
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
  value  = 0.386
  stderr = 0.00973661
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
  value  = 0.7016
  stderr = 0.00915112
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
  value  = 0.3952
  stderr = 0.00977787
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
  value  = 0.0004
  stderr = 0.00039992
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[ring GAN s1].modes" {
  value  = 1
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "cov[ring GAN s1].reverse_kl" {
  value  = 2.07944
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
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
  value  = 0.0028
  stderr = 0.00105682
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
}

metric "cov[ring PacGAN2 s1].reverse_kl" {
  value  = 1.66933
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
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
  value  = 0.0012
  stderr = 0.000692405
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[ring PacGAN4 s1].modes" {
  value  = 2
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
}

metric "cov[ring PacGAN4 s1].reverse_kl" {
  value  = 1.44293
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
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
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0.02
  rel    = 0
}

metric "cov[ring SR-GAN static s1].modes" {
  value  = 0
  better = "higher"
  z      = 8
  abs    = 0
  rel    = 0.05
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
}

metric "cov[ring VEEGAN s1].reverse_kl" {
  value  = 1.03972
  better = "lower"
  z      = 8
  abs    = 0
  rel    = 0.1
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
  value  = 1.38067
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
  value  = 0.695722
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid GAN+SN s1].d_loss" {
  value  = 1.07946
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
  value  = 0.673762
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid PacGAN2 s1].d_loss" {
  value  = 1.37983
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
  value  = 0.696083
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid PacGAN4 s1].d_loss" {
  value  = 1.37686
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
  value  = 0.696329
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid SR-GAN dynamic s1].d_loss" {
  value  = 1.29177
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
  value  = 0.705019
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[grid SR-GAN static s1].d_loss" {
  value  = 1.2046
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
  value  = 0.697028
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
  value  = 0.6937
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring GAN+SN s1].d_loss" {
  value  = 1.28938
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
  value  = 0.661369
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring PacGAN2 s1].d_loss" {
  value  = 1.38518
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
  value  = 0.693726
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring PacGAN4 s1].d_loss" {
  value  = 1.3846
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
  value  = 0.693954
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring SR-GAN dynamic s1].d_loss" {
  value  = 1.34584
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
  value  = 0.699262
  better = "either"
  z      = 8
  abs    = 0.05
  rel    = 0.5
  report = true
}

metric "gan[ring SR-GAN static s1].d_loss" {
  value  = 1.33008
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
  value  = 0.693089
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
  key = "8c7f7219bed4c8a5d387a1a65aae370719686a5a5fb1ca725bfa920d3b5aaca9"
  outputs = {
    "files" = "sha256:833f08341f5064d4a6606d43e4e540f65b3bed22cd0ee1219a3bc3dbe08e9d8d"
  }
}

result "report.spectra_grid" {
  key = "0f59b4a7ec1053229c3da04716290ab55d11614144afa3ad747727281007c582"
  outputs = {
    "files" = "sha256:435110d4a0f3c0688858a958a2e2d82a5ef8cc46a87b58eeffaba8753786d172"
  }
}

result "stage.cov[\"grid GAN s1\"]" {
  key = "7224279babbac2312d8d0f2c6432d8108c2c903ea46cbfb124423ac84355c6aa"
  outputs = {
    "metrics" = "sha256:f52301aae54c445884913c70cd929799ef6e2e3391fdadaf16e1693ed608df24"
  }
}

result "stage.cov[\"grid GAN+SN s1\"]" {
  key = "a07abab743d4d0c6a882a87e01ed2e18d91a54bbf0e31685114e2456dc381465"
  outputs = {
    "metrics" = "sha256:b9b4dd428aacdc3059371c0ad63a305042cbbc95ebd849586e6759d6c03d2f78"
  }
}

result "stage.cov[\"grid PacGAN2 s1\"]" {
  key = "7cf62630599833340e7e77e70ffef79f38831a88856182e48297331c6dd47c2a"
  outputs = {
    "metrics" = "sha256:9c97b033d984ced345a5fb9691ed10b4ab51c967c4db569b131e4f88b1ee8727"
  }
}

result "stage.cov[\"grid PacGAN4 s1\"]" {
  key = "0303e155cc180a14f8e61bcc254a73d129d63fde54ab3ca4276e26138361ff6f"
  outputs = {
    "metrics" = "sha256:09564024759c001728d93cfd6bd4f92b843d9fd5dd0f5408fbf7ac754aad469a"
  }
}

result "stage.cov[\"grid SR-GAN dynamic s1\"]" {
  key = "70e75ddcf35524ae23481a3560998d96401987f138bcd3283b74a935994be19e"
  outputs = {
    "metrics" = "sha256:b21b36d8e1d8237ab66c5fad9ef13b19986337c143b2f8ca8f2bafd736106ec8"
  }
}

result "stage.cov[\"grid SR-GAN static s1\"]" {
  key = "645f6873a2d1375968fd172c4a91ae4ab48f82e425bfe32405c1bc06b37bf81e"
  outputs = {
    "metrics" = "sha256:6a54d57a7aa98fc210e7a9445b32cbe367ee4ae67b0a6d6ed7bc854d41183278"
  }
}

result "stage.cov[\"grid Unrolled GAN s1\"]" {
  key = "03aa5167088f289654c97d7a183b9f2d72fb3c08ca90c68b6c661ae705a61cc7"
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
  key = "6eb09d32ff04dd64a2b37cf313ecb45ecd20586428451665472b82880835e582"
  outputs = {
    "metrics" = "sha256:e15205a0f639fcefb244acee8b1a8bf76e1aab5f865c5d1cc88280f4a9c333d0"
  }
}

result "stage.cov[\"ring GAN+SN s1\"]" {
  key = "0075ad5c8550d2e9a2bcfbf554e6831d258725f5476362df66e5d0644582c464"
  outputs = {
    "metrics" = "sha256:6b9f5a693b4a3bd7a84bd91c206781d18d9c6334499cf2a655bd027746c5e220"
  }
}

result "stage.cov[\"ring PacGAN2 s1\"]" {
  key = "15b582c0a2d409ee7e4eba84783c5f0de16928cb8c464a4e24c7bfc7d8ae4571"
  outputs = {
    "metrics" = "sha256:5f449423f229675c684f45782e0b07d51c65c641c3bb8f70f092f296d9722c10"
  }
}

result "stage.cov[\"ring PacGAN4 s1\"]" {
  key = "10c514f92aa8371c61706f32ef524d788d209d5191552d457d8f1bcbe95b1e37"
  outputs = {
    "metrics" = "sha256:79ccd0c51d1bb83624a2eea32e40bd13ca5f1adda488b76a3833dcedbd222722"
  }
}

result "stage.cov[\"ring SR-GAN dynamic s1\"]" {
  key = "7e6b95be5c588c610e0d883a0fe297dd4a841d414de2880898284ef1c34052c8"
  outputs = {
    "metrics" = "sha256:2593d269235ac0a16149dc2777eabd4fa3f7eea4fee36337a74dd6eb55d207b7"
  }
}

result "stage.cov[\"ring SR-GAN static s1\"]" {
  key = "a60a6b104c2d87651449236eb5afe3dd44cd715a19dd7d945f53c27aaf1f29f0"
  outputs = {
    "metrics" = "sha256:9d23c8392db3dd577f530f38332ca7b1fe9005bf88c75b04db7027ecc9c30a3f"
  }
}

result "stage.cov[\"ring Unrolled GAN s1\"]" {
  key = "59f09cdab1882415f7b076cd348be15077045038cbf5ff9b8bd14f4c0e0306d9"
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
  key = "e809523cf5a87648c5c4181e06fd98c1e632c4cc16220e3df6c0dc76d2065a67"
  outputs = {
    "history" = "sha256:c955efcaf3ee8624d66580ff807750399e42b1d275eaf3dca6d4dd31732dc75f"
    "metrics" = "sha256:e2fb640dd2fea18ed9d2729e31b766d5c9eb8eafb836f290a81b3ccd748652a7"
    "model" = "sha256:02c3a607e2434a782cc629d8b0df5360bd24a17ef5e3f5b121cb03119c3bfd36"
    "prefix_samples" = "sha256:64cb2ba17581d1333d03b7ffcd0023d65422290bc4d53dc45806986ac75f5be3"
    "samples" = "sha256:286c7a73b07e9f5f488b248c8313d4e2fdd87def5e2e75a91677d6ca4196ee8f"
    "snapshots" = "sha256:64cb2ba17581d1333d03b7ffcd0023d65422290bc4d53dc45806986ac75f5be3"
  }
}

result "stage.gan[\"grid GAN+SN s1\"]" {
  key = "61300884958a6ce78f3ac58cb66daaa7d81e500459e01f38dea93b3b04b77fd8"
  outputs = {
    "history" = "sha256:9a5672dc9d235ce0a38198fae5ae25b846118bb0c33a8d7548e473972e04ef5e"
    "metrics" = "sha256:4f5c4a156a3ee895e1265f56f7560976dea03f3129a34fae1ddfc5a44422b1f6"
    "model" = "sha256:610bab76432b508dea04dda133cd349a4ae56c6f9d1f37dafe24fb660dfb0ca8"
    "prefix_samples" = "sha256:92a243ec22c5db96d6135b76bf315500c1f4dfbc6345a8c2556b212a3f7a7a71"
    "samples" = "sha256:7e89f172e6bc4af451e382c4dad0cd7df6ed56b6c41d21ea050a0f3e02fd84c3"
    "snapshots" = "sha256:92a243ec22c5db96d6135b76bf315500c1f4dfbc6345a8c2556b212a3f7a7a71"
  }
}

result "stage.gan[\"grid PacGAN2 s1\"]" {
  key = "9ef0bbf76030a5e6897f836ccbce2113591a0f8354b4ad0293a80ee9022c78a4"
  outputs = {
    "history" = "sha256:9b6eea656e8200a3a4e2ab4021893b2e4dc74a1d392f85c20e796857ca6d4c78"
    "metrics" = "sha256:e5ef2f9f003ff7df67dfcf2207e5f6549b4950a3871b07c77367e04251299432"
    "model" = "sha256:cf1f2ddf99f1fc75a8e8da8b5316e741c92899a93a939f0fa873980129544863"
    "prefix_samples" = "sha256:ffac21f2ee674fc75cbf243f7cd2498c24961937b529d3a9ccd6d36da6bd4471"
    "samples" = "sha256:3c1353f26aa757bb7efb288c0940785392ce178d095b5a877a5817697bdd3b91"
    "snapshots" = "sha256:ffac21f2ee674fc75cbf243f7cd2498c24961937b529d3a9ccd6d36da6bd4471"
  }
}

result "stage.gan[\"grid PacGAN4 s1\"]" {
  key = "dbcc7da2b7a8eb82b7d89c710c3f2f4d76b48e2d135e121fdd067c95d5ba86e6"
  outputs = {
    "history" = "sha256:bbba7e208d9b6ea66fb9c727e0dd7c5c527434fe2a56e85436db4405b792e1b4"
    "metrics" = "sha256:840a410c0801237f8f456ecd3d7e9ce647311add425708bf165334d8c32daa09"
    "model" = "sha256:14480645f3dd20efd0156650554c01155691af7ab2e1094b2b322eb690ccfa63"
    "prefix_samples" = "sha256:5bf86e59e8b5e787ced44d0a69dbdcbb4c900f79efe0579421a8b9c501b64dad"
    "samples" = "sha256:f7757c93fb29397d56d631b0cf4665403f26d5ae7172726d16c737f7fdf72e4f"
    "snapshots" = "sha256:5bf86e59e8b5e787ced44d0a69dbdcbb4c900f79efe0579421a8b9c501b64dad"
  }
}

result "stage.gan[\"grid SR-GAN dynamic s1\"]" {
  key = "32d9ca3791e67c26814c9962d1feeee35476130b80b7053145544eaa42a234e0"
  outputs = {
    "history" = "sha256:5d38d73cc5384665ff51523fb156b9c14bda5b420aa0bacfef97c81dbea2c523"
    "metrics" = "sha256:34f1c45c241e019b0dab9b60fffc722d0d70ca98a75c15050e7874f87634653e"
    "model" = "sha256:7c5e0a136de173e4d98713ce0f726decb5bc8dcc76b42b45a97283644003fb8c"
    "prefix_samples" = "sha256:834f74ca7a038553a7fe252030e017dd26bdd7dce41ee25eb2e805a6a3225b26"
    "samples" = "sha256:909598b38ead36f09337e92b6eca31873487ee1aabef21f86d3b874656a12835"
    "snapshots" = "sha256:834f74ca7a038553a7fe252030e017dd26bdd7dce41ee25eb2e805a6a3225b26"
  }
}

result "stage.gan[\"grid SR-GAN static s1\"]" {
  key = "72757dad0007577e8b6ddcd16a7ec3df5883cbe07b24c21180823d8e7a010013"
  outputs = {
    "history" = "sha256:78230a13f862dff258f287fed7717cceffe629c6de5e9c167181b083d87e7eb1"
    "metrics" = "sha256:35b9da6c23fc2f96a43ef866e93586b16583387b0eb747852878006bf24b4691"
    "model" = "sha256:75d92843ac4738ae1ace293f834cd15fdfc5db5dccb91a1f7d799cd70395f6db"
    "prefix_samples" = "sha256:2864a76bdec532695bf40d6a2af9399d145b4886d83e2c15ad8323f1faef795d"
    "samples" = "sha256:41e65372f74ebd5567fd192da2fc8af0975ae0fcb139111c5dbd47254ee886e2"
    "snapshots" = "sha256:2864a76bdec532695bf40d6a2af9399d145b4886d83e2c15ad8323f1faef795d"
  }
}

result "stage.gan[\"grid Unrolled GAN s1\"]" {
  key = "edeba63c3245ed8cd338a90ab73bf0bbf086d975f1c97292a8019211cf2d327b"
  outputs = {
    "history" = "sha256:f5aca0b7ea699c5ce4a707a119d434d4a9be8370e9792e17a685d98d089e2e32"
    "metrics" = "sha256:c96643dcc056ee3f9079ab3ae290d3ff4c9d7d854586e8eac4c317153cf8885a"
    "model" = "sha256:912b001575627a3e40ff34fd48169f801c4e20d641d139161bdad09b3cb4fa22"
    "prefix_samples" = "sha256:5f488aa14fb736f8c0beff64c02c86d03281c885510c10f62c04a61e89044d30"
    "samples" = "sha256:b137691a752873351e5373afa33e4fb63efa5abd5af7d2237e85bec873319882"
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
  key = "5e34d60ad828c1c10cb232de09d37eea8fb18ea82bf07d6d4303d313d25071c7"
  outputs = {
    "history" = "sha256:20035b5ec9190c7c87645ba409eb57328370572fd874df84ba28bdff7a0a9758"
    "metrics" = "sha256:6a870d420dfd01a33d28c8236ca30d361c83ef1761be142a347c079c61690f03"
    "model" = "sha256:d43654532010f34487312aef53ca1166805e0d5ce9aa09011d717e2f6949417a"
    "prefix_samples" = "sha256:381d7a443f9e86a29424816dc61af19c7df74819afa5adb70a8b5d7269cadd1a"
    "samples" = "sha256:f7f16c7bcb40af5cec802735d3c57098477677ace8b199273ebaa67be84304cd"
    "snapshots" = "sha256:381d7a443f9e86a29424816dc61af19c7df74819afa5adb70a8b5d7269cadd1a"
  }
}

result "stage.gan[\"ring GAN+SN s1\"]" {
  key = "e230dd251f9384db7c5c3dfcf2b0c5dc8e3611a3bc9ebc888a713954c3c193e7"
  outputs = {
    "history" = "sha256:a3ef089e1a92d1f83c944d7b21e0ee8130b10fa38556a41dbe4396dd05f089ba"
    "metrics" = "sha256:8a27ad7687dcb0b8ca10b55a115789fc0c296cf734760e6131bb8764629d737a"
    "model" = "sha256:52a5d6b7aaa9c87fbefdf96f86b8c2682419855a3e34562a656c04b9f0e05dbd"
    "prefix_samples" = "sha256:2ab87016c399f41fe567698a212f530b35497aa14b6d58d37dc87a81f59e84e1"
    "samples" = "sha256:0a74e58d74ee10e6dff1ecada812bae14c0f9e48ab16d3d54962de7745f36b3e"
    "snapshots" = "sha256:2ab87016c399f41fe567698a212f530b35497aa14b6d58d37dc87a81f59e84e1"
  }
}

result "stage.gan[\"ring PacGAN2 s1\"]" {
  key = "2b77152e09e746740f873d709c04a15e0ad84d96b2a5a89f4732f91c6ac43b0c"
  outputs = {
    "history" = "sha256:3f05dd6d4dd1bbdaee8f6096861c5d3822272316191618179c4a824ebe485eed"
    "metrics" = "sha256:c1df72720f8a7a1cd2c814441edb95d1c7348bf1342b616b714e904b070dc57e"
    "model" = "sha256:f3c9b1100833bb505dbfa74f4dfab538d4433d91a3f58db4324abf768c9a08e7"
    "prefix_samples" = "sha256:321ab6989a4843cf96c7eeb96041edc24699ce2d01f7240a3650b7f0c28eb4c8"
    "samples" = "sha256:cb86b5a5bce7bf1375999a7075fd57fcab344ec7761625750186ca02cc514a4d"
    "snapshots" = "sha256:321ab6989a4843cf96c7eeb96041edc24699ce2d01f7240a3650b7f0c28eb4c8"
  }
}

result "stage.gan[\"ring PacGAN4 s1\"]" {
  key = "cd793bf523a1c901eb959ead51be3f2dad8e6ad9574200c8056a6fe5ec481940"
  outputs = {
    "history" = "sha256:44cc6fbbb5f5fb73824c329dca0080de362384f2deb012912ffe654865637061"
    "metrics" = "sha256:05cf6781c4bb7735997f41c5ce4af540a052baea7d70d1063e4cd6a84d70c6c7"
    "model" = "sha256:733a376a74204a82f8f884b13e01ae69f07203f11c67183888143b83a755c634"
    "prefix_samples" = "sha256:3cdbfd8c615b01fe1941059c0472e810176c4c1fbb8e619709497beb8e1aad58"
    "samples" = "sha256:c3206e82de4b0cfc7d650f8a7930b983aa4b7dfdd78c4db0069a1221229613da"
    "snapshots" = "sha256:3cdbfd8c615b01fe1941059c0472e810176c4c1fbb8e619709497beb8e1aad58"
  }
}

result "stage.gan[\"ring SR-GAN dynamic s1\"]" {
  key = "f2f0c9037aeb294b497e9286034e7f00be66e3bf1a14f7102bd845143b824139"
  outputs = {
    "history" = "sha256:05ef0f9faa90740e7bf8afb2ae5057993fc404e4abf1f0fa5c60fae1bc8cfca8"
    "metrics" = "sha256:39191aa9dfbdab48a348cf38f46ee22b7b194db05ad3cddc3799c55501543d9d"
    "model" = "sha256:cb944d8090c1ca2bc4a7c1c8079636ba305092ea4f0e7a8ee2a2c959d4b19858"
    "prefix_samples" = "sha256:ebec9d6989fda8b265236834ebc552b1cd02e0fe2ff245146a681e7d17fd84d1"
    "samples" = "sha256:bd9395e6c5f93a936082ffd3c459cd94ceaa7214956d27e4e3585ea5f2df2b7b"
    "snapshots" = "sha256:ebec9d6989fda8b265236834ebc552b1cd02e0fe2ff245146a681e7d17fd84d1"
  }
}

result "stage.gan[\"ring SR-GAN static s1\"]" {
  key = "bafd391a752ed267bafc38fabc64aec9cd0bf6ebfe7b3b5524e4cce4aca1fb6c"
  outputs = {
    "history" = "sha256:2ead2e9dbbebe9e6d85f1c514b158377bdc2a716e1a9555a1f836f2239d28f32"
    "metrics" = "sha256:03e300b111a27a215de955440d5fe4fd9a0bb9f90f753fcc617d5f1ebad79713"
    "model" = "sha256:01ab2b9ffa2263c6e5ca65e87a2d7fc2085de6b7f383dbad9d4da5128bee8619"
    "prefix_samples" = "sha256:78a52241a95273204e6ed85354cbeee6d4f8b4d2f1c8d0b40dba46e235c9f8b0"
    "samples" = "sha256:592dd0e7776ea0b64d621e09577412f6ae788132e8fb74bc525c06d407fd9b39"
    "snapshots" = "sha256:78a52241a95273204e6ed85354cbeee6d4f8b4d2f1c8d0b40dba46e235c9f8b0"
  }
}

result "stage.gan[\"ring Unrolled GAN s1\"]" {
  key = "840e992a5635cbcef2823c40f259fd39445cc6cbf9d46bc7427b6ebc4aa36796"
  outputs = {
    "history" = "sha256:db42a95e84c1135891fd934d9f9f125ba177b3106faff3e8f2540fba56f955ac"
    "metrics" = "sha256:c3036139e36b6238f40b3b0feb075279e1cfb1f68d937e05e280f2e6ace1acf1"
    "model" = "sha256:6e07d713429297757ae3aaed4d10a07791fd9aa777368e20238664b06934af6c"
    "prefix_samples" = "sha256:1c034d2d4715a2aa104c9bd95790bd101aa7a080f86a99f7db2c8de1f75b2f18"
    "samples" = "sha256:69e1aad2136b6a4bf96eb794ca5d9fd46275dd78212bff820d8237d5d51ad5a2"
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
  key = "55bc4c77bac8e140a36021070b2c255628f7eb1c329fa2fd3b5746cdd2723623"
  outputs = {
    "files" = "sha256:eeaf08eb48b074ffa3a54f627779751b0a4bb38bac316576767acc7bc1ca124f"
  }
}

result "stage.ring" {
  key = "c0c83a9a431cfbe5f5f69c2aeed9c6c809b8caba5beb37bc36fdddbd55b9ada5"
  outputs = {
    "files" = "sha256:e7ab9f46bfadeae82ce2cf0bfbc360adb0b6a18aedc830223177bd85c65c3a9f"
  }
}

result "stage.table" {
  key = "216a00ba88569dc2085fad6f16dced933de2fcf5d3974cde463949a516320133"
  outputs = {
    "files" = "sha256:0ef56da1b0dca1cf13b7f5efac59db670a1ba957a3345a21d67fbc84e138c7ff"
  }
}
