# Mode collapse on the 2-D mixtures (PAPERS.md, "Mode collapse"): the ring of
# 8 and the grid of 25 Gaussians, GAN, GAN+SN, SR-GAN (static and dynamic
# spectral compensation), VEEGAN, PacGAN2 and PacGAN4; modes covered, high-
# quality samples and reverse KL on 2,500 samples per run, beside the
# published rows; scatter plots of every run over the true modes; the
# spectrum of D's second weight over training (the spectral collapse; ring
# and grid, measured before each SR-GAN compensation) and, beside it, the
# modes those runs cover along training (stage.coverage, not at CI scale).
#
#   ganpipe run specs/mode_collapse_2d.hcl                 # the papers' schedules (days here)
#   ganpipe run specs/mode_collapse_2d.hcl -var scale=short # 2,000 updates, one seed (~30 min on 2 idle
#                                                            # cores before the Unrolled GAN rows; an unrolled
#                                                            # update costs 11x a plain one of the same nets)
#   ganpipe run specs/mode_collapse_2d.hcl -var scale=ci    # small nets, 100 updates
#   ganpipe run specs/mode_collapse_2d.hcl -var 'seeds=[1,2,3]'
#   ganpipe run specs/mode_collapse_2d.hcl -var scale=short -var iters=20000  # short's nets and logging, 20k updates
#
# GAN, GAN+SN, SR-GAN and PacGAN share PacGAN's 2-D networks and settings
# (G 2 -> 4 x [400, BN, ReLU] -> 2; D 3 x maxout(200, 5) -> 1; weights
# N(0, 0.02); non-saturating G; Adam 1e-4, beta1 0.8; batch 100 packs; 100k
# training points; 400 epochs = 400k updates at paper scale; both players
# updated at once from one minibatch, as PacGAN's code does through ALI's
# ali_algorithm; -var pac_update=alternating gives the runs before that). VEEGAN uses its
# notebook's networks and settings (254-d z + 1-d eps, 128-unit ReLU MLPs,
# Adam 1e-3, beta1 0.5, batch 500, 100k updates). Unrolled GAN uses the
# settings of Metz et al.'s 2-D demo (poolio/unrolled_gan: 5 unrolled Adam
# steps of D, differentiated through; G and D 2 x 128 tanh, orthogonal
# weights of gain 1.4, z 256-d N(0, I), batch 512, Adam D 1e-4, G 1e-3,
# beta1 0.5, the minimax loss, 25k updates at paper scale; short scale: 6/8
# ring and 23/25 grid modes at 2,000 updates, docs/results/mode_collapse.md).

pipeline "mode_collapse_2d" {
  description = "GAN, SN, SR-GAN, VEEGAN, PacGAN, unrolled GAN on the ring and grid mixtures"
  seed        = 3
}

variable "scale" {
  type        = string
  default     = "paper"
  description = "paper: the papers' schedules; short: 2,000 updates per run; ci: small nets, 100 updates"
  validation {
    condition     = contains(["paper", "short", "ci"], var.scale)
    error_message = "scale must be \"paper\", \"short\" or \"ci\"."
  }
}

variable "seeds" {
  type        = list(number)
  default     = null
  description = "run labels; each (dataset, method, seed) cell is a stage with its own seed (default: 10 at paper scale, as PacGAN; 1 otherwise)"
}

variable "pac_update" {
  type        = string
  default     = "simultaneous"
  description = "the PacGAN-network rows' update: simultaneous (PacGAN's released code: both players' gradients from one minibatch, then both steps, ALI's ali_algorithm) or alternating (D step, then G through the updated D; the runs before 2026-12-07 session 21)"
  validation {
    condition     = contains(["simultaneous", "alternating"], var.pac_update)
    error_message = "pac_update must be \"simultaneous\" or \"alternating\"."
  }
}

variable "iters" {
  type        = number
  default     = null
  description = "updates for every method, overriding the scale's (e.g. 20000 on the scale's networks: between short and paper)"
}

locals {
  paper  = var.scale == "paper"
  ci     = var.scale == "ci"
  seeds  = var.seeds != null ? var.seeds : (local.paper ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : [1])
  iters  = var.iters != null ? var.iters : (local.paper ? 400000 : (local.ci ? 100 : 2000))
  viters = var.iters != null ? var.iters : (local.paper ? 100000 : (local.ci ? 100 : 2000))
  uiters = var.iters != null ? var.iters : (local.paper ? 25000 : (local.ci ? 100 : 2000))
  log    = local.paper ? 1000 : (local.ci ? 20 : 100)
  g      = local.ci ? [32, 32] : [400, 400, 400, 400]
  d      = local.ci ? [32, 32] : [200, 200, 200]
  pieces = local.ci ? 2 : 5
  vnet   = local.ci ? [32, 32] : [128, 128]
  vd     = local.ci ? [32] : [128]

  pac = {
    method       = "gan", noise = 2, g_hidden = local.g, d_hidden = local.d, d_pieces = local.pieces,
    g_batch_norm = true, g_init = 0.02, d_init = 0.02, lr = 0.0001, beta1 = 0.8, batch = 100,
    pack         = 1, spectral_norm = false, spectral_reg = null, sv_track = 4, iters = local.iters,
    f_hidden     = null, d_act = "relu", loss = "nonsaturating", d_lr = null, g_lr = null, unrolled_steps = null,
    g_act        = null, init = "normal",
    # null is the trainer's default, alternating: the earlier runs' keys.
    update = var.pac_update == "simultaneous" ? "simultaneous" : null,
  }
  methods = {
    "GAN"            = local.pac
    "GAN+SN"         = merge(local.pac, { spectral_norm = true })
    "SR-GAN static"  = merge(local.pac, { spectral_norm = true, spectral_reg = "static" })
    "SR-GAN dynamic" = merge(local.pac, { spectral_norm = true, spectral_reg = "dynamic" })
    "PacGAN2"        = merge(local.pac, { pack = 2 })
    "PacGAN4"        = merge(local.pac, { pack = 4 })
    "VEEGAN" = merge(local.pac, {
      method   = "veegan", noise = 254, g_hidden = local.vnet, f_hidden = local.vnet, d_hidden = local.vd,
      d_pieces = 1, g_batch_norm = false, g_init = 0, d_init = 0, lr = 0.001, beta1 = 0.5,
      batch    = local.ci ? 100 : 500, sv_track = 0, iters = local.viters, update = null,
    })
    "Unrolled GAN" = merge(local.pac, {
      noise  = local.ci ? 16 : 256, g_hidden = local.vnet, d_hidden = local.vnet, d_pieces = 1, d_act = "tanh",
      g_act  = "tanh", init = "orthogonal", g_batch_norm = false, g_init = 1.4, d_init = 1.4, loss = "minimax", lr = 0.0001, d_lr = 0.0001, g_lr = 0.001,
      beta1  = 0.5, batch = local.ci ? 100 : 512, sv_track = 0, iters = local.uiters, unrolled_steps = local.ci ? 3 : 5,
      update = null,
    })
  }
  cells = { for p in setproduct(["ring", "grid"], keys(local.methods), local.seeds) :
  "${p[0]} ${p[1]} s${p[2]}" => { data = p[0], method = p[1], seed = p[2] } }
  # The spectral-collapse figure: the first seed's ring runs.
  s0 = "s${local.seeds[0]}"
  # Mode coverage along one run, beside the spectra: the spectral rows'
  # first seed draw their 2,500 samples again after a quarter, half and
  # three quarters of training (gan_train sample_at; the last point is the
  # end of training). None at CI scale.
  along_methods = ["GAN", "GAN+SN", "SR-GAN static", "SR-GAN dynamic"]
  along_at      = local.ci ? [] : [for i in range(1, 5) : floor(local.iters * i / 4)]
  along = { for p in setproduct(["ring", "grid"], local.along_methods, local.along_at) :
  "${p[0]} ${p[1]} ${p[2]}" => { data = p[0], run = "${p[0]} ${p[1]} ${local.s0}", at = p[2] } }
}

dataset "ring" {
  source = "ring"
  n      = local.ci ? 2000 : 100000
  test   = 2500
}

dataset "grid" {
  source = "grid"
  n      = local.ci ? 2000 : 100000
  test   = 2500
}

stage "gan_train" "gan" {
  for_each = local.cells
  data     = each.value.data == "ring" ? dataset.ring.train : dataset.grid.train

  method       = local.methods[each.value.method].method
  noise        = local.methods[each.value.method].noise
  noise_dist   = "normal"
  g_hidden     = local.methods[each.value.method].g_hidden
  f_hidden     = local.methods[each.value.method].f_hidden
  d_hidden     = local.methods[each.value.method].d_hidden
  d_pieces     = local.methods[each.value.method].d_pieces
  d_act        = local.methods[each.value.method].d_act
  g_act        = local.methods[each.value.method].g_act
  g_output     = "linear"
  g_batch_norm = local.methods[each.value.method].g_batch_norm
  init_dist    = local.methods[each.value.method].init
  g_init       = local.methods[each.value.method].g_init
  d_init       = local.methods[each.value.method].d_init
  d_drop_in    = 0
  d_drop       = 0
  d_max_norm   = 0
  pack         = local.methods[each.value.method].pack
  loss         = local.methods[each.value.method].loss
  optimizer    = "adam"
  lr           = local.methods[each.value.method].lr
  d_lr         = local.methods[each.value.method].d_lr
  g_lr         = local.methods[each.value.method].g_lr
  beta1        = local.methods[each.value.method].beta1
  batch        = local.methods[each.value.method].batch
  iters        = local.methods[each.value.method].iters

  spectral_norm = local.methods[each.value.method].spectral_norm
  spectral_reg  = local.methods[each.value.method].spectral_reg
  sv_track      = local.methods[each.value.method].sv_track

  unrolled_steps = local.methods[each.value.method].unrolled_steps
  update         = local.methods[each.value.method].update

  sample_at = length(local.along_at) > 0 && contains(local.along_methods, each.value.method) && "s${each.value.seed}" == local.s0 ? local.along_at : null

  samples        = 2500
  record_seconds = !local.ci
  log_every      = local.log
}

stage "mode_coverage" "cov" {
  for_each = local.cells
  samples  = stage.gan[each.key].samples
  data     = each.value.data == "ring" ? dataset.ring.test : dataset.grid.test
}

# Modes covered along the spectral rows' first runs (not at CI scale).
stage "mode_coverage" "cov_along" {
  for_each = local.along
  samples  = stage.gan[each.value.run].prefix_samples
  data     = each.value.data == "ring" ? dataset.ring.test : dataset.grid.test
  snapshot = each.value.at
}

stage "score_curve" "coverage" {
  for_each        = local.ci ? {} : { for p in setproduct(["ring", "grid"], local.along_methods) : "${p[0]} ${p[1]}" => p[0] }
  points          = { for a in local.along_at : tostring(a) => stage.cov_along["${each.key} ${a}"].modes }
  reference       = each.value == "ring" ? 8 : 25
  reference_label = "all modes"
  title           = "${each.key} ${local.s0}: modes covered along training (beside the spectra figure)"
  y_label         = "modes covered (2,500 samples)"
}

stage "sweep_report" "table" {
  title   = "Mode collapse on the 2-D mixtures (scale ${var.scale}; ours: one row per run; published rows below)"
  columns = ["ring modes /8", "ring HQ", "ring rKL", "grid modes /25", "grid HQ", "grid rKL", "train s (ring, grid)", "source"]
  rows = merge(
    { for p in setproduct(keys(local.methods), local.seeds) : "${p[0]} s${p[1]}" => {
      "ring modes /8"        = stage.cov["ring ${p[0]} s${p[1]}"].modes
      "ring HQ"              = stage.cov["ring ${p[0]} s${p[1]}"].high_quality
      "ring rKL"             = stage.cov["ring ${p[0]} s${p[1]}"].reverse_kl
      "grid modes /25"       = stage.cov["grid ${p[0]} s${p[1]}"].modes
      "grid HQ"              = stage.cov["grid ${p[0]} s${p[1]}"].high_quality
      "grid rKL"             = stage.cov["grid ${p[0]} s${p[1]}"].reverse_kl
      "train s (ring, grid)" = local.ci ? "-" : "see run log"
      source                 = "ours"
    } },
    {
      "published: GAN (VEEGAN Table 1)"          = { "ring modes /8" = 1, "ring HQ" = 0.993, "ring rKL" = "-", "grid modes /25" = 3.3, "grid HQ" = 0.005, "grid rKL" = "-", "train s (ring, grid)" = "-", source = "VEEGAN Table 1" }
      "published: Unrolled GAN (VEEGAN Table 1)" = { "ring modes /8" = 7.6, "ring HQ" = 0.356, "ring rKL" = "-", "grid modes /25" = 23.6, "grid HQ" = 0.16, "grid rKL" = "-", "train s (ring, grid)" = "-", source = "VEEGAN Table 1" }
      "published: VEEGAN (VEEGAN Table 1)"       = { "ring modes /8" = 8, "ring HQ" = 0.529, "ring rKL" = "-", "grid modes /25" = 24.6, "grid HQ" = 0.40, "grid rKL" = "-", "train s (ring, grid)" = "-", source = "VEEGAN Table 1" }
      "published: GAN (PacGAN Table 1)"          = { "ring modes /8" = "6.3 ± 0.5", "ring HQ" = "0.982 ± 0.002", "ring rKL" = 0.45, "grid modes /25" = "17.3 ± 0.8", "grid HQ" = "0.948 ± 0.007", "grid rKL" = 0.70, "train s (ring, grid)" = "-", source = "PacGAN Table 1" }
      "published: PacGAN2 (PacGAN Table 1)"      = { "ring modes /8" = "7.9 ± 0.1", "ring HQ" = "0.956 ± 0.020", "ring rKL" = 0.07, "grid modes /25" = "23.8 ± 0.7", "grid HQ" = "0.913 ± 0.008", "grid rKL" = 0.13, "train s (ring, grid)" = "-", source = "PacGAN Table 1" }
      "published: PacGAN4 (PacGAN Table 1)"      = { "ring modes /8" = "7.8 ± 0.1", "ring HQ" = "0.959 ± 0.014", "ring rKL" = 0.07, "grid modes /25" = "24.8 ± 0.2", "grid HQ" = "0.936 ± 0.006", "grid rKL" = 0.04, "train s (ring, grid)" = "-", source = "PacGAN Table 1" }
    },
  )
  notes = [
    "HQ: fraction of 2,500 samples within 3 std of their nearest mode; modes: modes with at least one high-quality sample; rKL: reverse KL of the mode histogram (PacGAN). Centres and std estimated from 2,500 test points of the mixture.",
    "The two papers' GAN rows differ because their GANs differ: compare our GAN, SN and SR-GAN and PacGAN rows with PacGAN Table 1 (same networks and optimizer), our VEEGAN row with VEEGAN Table 1.",
    "Our runs at scale ${var.scale}: ${local.iters} updates for the PacGAN-network rows, ${local.viters} for VEEGAN, ${local.uiters} for the unrolled GAN; the papers: 400 epochs (400k updates) for PacGAN, 100k for VEEGAN, 25k in the unrolled GAN's 2-D demo (VEEGAN's Unrolled GAN row is VEEGAN's own run of it).",
  ]
}

stage "sweep_report" "ring" {
  title   = "Ring: 2,500 samples of every run over the 8 true modes (crosses)"
  columns = ["modes /8", "HQ"]
  rows = { for k, v in local.cells : k => {
    "modes /8" = stage.cov[k].modes
    HQ         = stage.cov[k].high_quality
  } if v.data == "ring" }
  samples = { for k, v in local.cells : k => stage.gan[k].samples if v.data == "ring" }
  modes   = dataset.ring.test
}

stage "sweep_report" "grid" {
  title   = "Grid: 2,500 samples of every run over the 25 true modes (crosses)"
  columns = ["modes /25", "HQ"]
  rows = { for k, v in local.cells : k => {
    "modes /25" = stage.cov[k].modes
    HQ          = stage.cov[k].high_quality
  } if v.data == "grid" }
  samples = { for k, v in local.cells : k => stage.gan[k].samples if v.data == "grid" }
  modes   = dataset.grid.test
}

report "spectra" {
  title  = "Spectral collapse: s_j / s_1 (j = 2..4) of D's second weight over training, ring, first seed"
  metric = "modes covered of 8 (ring, end of training)"
  row "GAN" { value = stage.cov["ring GAN ${local.s0}"].modes }
  row "GAN+SN" { value = stage.cov["ring GAN+SN ${local.s0}"].modes }
  row "SR-GAN static" { value = stage.cov["ring SR-GAN static ${local.s0}"].modes }
  row "SR-GAN dynamic" { value = stage.cov["ring SR-GAN dynamic ${local.s0}"].modes }
  curve "GAN" {
    data  = stage.gan["ring GAN ${local.s0}"].history
    terms = ["sv1_2", "sv1_3", "sv1_4"]
  }
  curve "GAN+SN" {
    data  = stage.gan["ring GAN+SN ${local.s0}"].history
    terms = ["sv1_2", "sv1_3", "sv1_4"]
  }
  curve "SR-GAN static" {
    data  = stage.gan["ring SR-GAN static ${local.s0}"].history
    terms = ["sv1_2", "sv1_3", "sv1_4"]
  }
  curve "SR-GAN dynamic" {
    data  = stage.gan["ring SR-GAN dynamic ${local.s0}"].history
    terms = ["sv1_2", "sv1_3", "sv1_4"]
  }
}

report "spectra_grid" {
  title  = "Spectral collapse on the grid: s_j / s_1 (j = 2..4) of D's second weight over training (measured before each compensation), first seed"
  metric = "modes covered of 25 (grid, end of training)"
  row "GAN" { value = stage.cov["grid GAN ${local.s0}"].modes }
  row "GAN+SN" { value = stage.cov["grid GAN+SN ${local.s0}"].modes }
  row "SR-GAN static" { value = stage.cov["grid SR-GAN static ${local.s0}"].modes }
  row "SR-GAN dynamic" { value = stage.cov["grid SR-GAN dynamic ${local.s0}"].modes }
  curve "GAN" {
    data  = stage.gan["grid GAN ${local.s0}"].history
    terms = ["sv1_2", "sv1_3", "sv1_4"]
  }
  curve "GAN+SN" {
    data  = stage.gan["grid GAN+SN ${local.s0}"].history
    terms = ["sv1_2", "sv1_3", "sv1_4"]
  }
  curve "SR-GAN static" {
    data  = stage.gan["grid SR-GAN static ${local.s0}"].history
    terms = ["sv1_2", "sv1_3", "sv1_4"]
  }
  curve "SR-GAN dynamic" {
    data  = stage.gan["grid SR-GAN dynamic ${local.s0}"].history
    terms = ["sv1_2", "sv1_3", "sv1_4"]
  }
}
