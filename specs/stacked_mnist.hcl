# Mode collapse on stacked MNIST (PAPERS.md, "Mode collapse"; VEEGAN Table
# 2, PacGAN Tables 2-3): three MNIST digits as the channels of one 28x28x3
# image, 1000 modes (the digit triples). DCGAN, VEEGAN, PacDCGAN2 (D judges packs of
# 2 images, their channels concatenated: 6 input channels; only D's first
# convolution grows) and SR-GAN (spectral normalization + static spectral
# compensation of D's weights every 5th update) on the same DCGAN. Each
# channel of 26,000 samples is labelled by an MNIST classifier trained here
# (classifier_train); modes = distinct triples, KL = KL(sample mode
# histogram || uniform over 1000). Our rows beside the published ones.
#
#   ganpipe run specs/stacked_mnist.hcl                      # the papers' schedule (100k updates per run; days here)
#   ganpipe run specs/stacked_mnist.hcl -var scale=short     # docs/results/mode_collapse.md
#   ganpipe run specs/stacked_mnist.hcl -var scale=ci        # small nets, 100 updates
#   ganpipe run specs/stacked_mnist.hcl -var 'seeds=[1,2,3]'
#
# Settings from PAPERS.md (PacGAN's stacked-MNIST DCGAN): z 100-d U[-1,1],
# Adam 2e-4 beta1 0.5, batch 64 (packs, for PacDCGAN2), tanh generator
# output, 128k training stacks drawn from the MNIST training images, 50
# epochs = 100k updates. Deviations: our DCGAN (models/gan/dcgan.go) has two
# 4x4/2 convolutions each way (D 64-128, G 128-64 at paper scale) where
# PacGAN's D has four 5x5/2 (64-128-256-512), since 28 halves only twice
# into whole sides; the classifier is our small conv net (16/32 channels),
# not the papers' pretrained one. VEEGAN (method = "veegan", arch = "dcgan":
# models/gan/veegan_conv.go) has our DCGAN's generator, a reconstructor F of
# D's convolutions mapping to z, and D on (z, x) pairs (D's convolutions,
# then [features | z] -> 128 ReLU -> 1); z is 100-d N(0, I) (VEEGAN's
# Gaussian, eps 1-d), the optimizer the DCGAN rows' (the paper gives no
# stacked-MNIST settings).

pipeline "stacked_mnist" {
  description = "DCGAN, PacDCGAN2 and SR-GAN on stacked MNIST: modes of 1000 and KL to uniform"
  seed        = 5
}

variable "scale" {
  type        = string
  default     = "paper"
  description = "paper: 128k stacks, 100k updates (50 epochs), 10 seeds; short: G 64-32 and D 32-64 channels, 500 updates, 2 seeds; ci: 2,000 stacks, small nets, 100 updates"
  validation {
    condition     = contains(["paper", "short", "ci"], var.scale)
    error_message = "scale must be \"paper\", \"short\" or \"ci\"."
  }
}

variable "seeds" {
  type        = list(number)
  default     = null
  description = "run labels; each (method, seed) cell is a stage with its own seed (default: 10 at paper scale, 2 at short, 1 at ci)"
}

variable "iters" {
  type        = number
  default     = null
  description = "override the generator updates per run (default: 100,000 paper, 500 short, 100 ci)"
}

variable "pacgan_code" {
  type        = bool
  default     = false
  description = "the DCGAN-based rows with two details of PacGAN's released stacked-MNIST code: two generator steps per D step on the same noise, and the [0, 1] stacks under the tanh generator, not mapped to [-1, 1] (docs/results/mode_collapse.md, deviations)"
}

locals {
  paper = var.scale == "paper"
  ci    = var.scale == "ci"
  seeds = var.seeds != null ? var.seeds : (local.paper ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] : (local.ci ? [1] : [1, 2]))
  iters = var.iters != null ? var.iters : (local.paper ? 100000 : (local.ci ? 100 : 500))
  log   = local.paper ? 1000 : (local.ci ? 20 : 100)
  g     = local.paper ? [128, 64] : (local.ci ? [32, 16] : [64, 32])
  d     = local.paper ? [64, 128] : (local.ci ? [16, 32] : [32, 64])
  # The papers' 26,000 samples per run (CI: 2,600).
  n_samples = local.ci ? 2600 : 26000

  dcgan = {
    method  = null, noise_dist = "uniform", d_hidden = null, pack = 1, spectral_norm = false, spectral_reg = null,
    g_steps = var.pacgan_code ? 2 : null, data_range = var.pacgan_code ? "unit" : null,
  }
  methods = {
    "DCGAN"         = local.dcgan
    "PacDCGAN2"     = merge(local.dcgan, { pack = 2 })
    "SR-GAN static" = merge(local.dcgan, { spectral_norm = true, spectral_reg = "static" })
    "VEEGAN"        = merge(local.dcgan, { method = "veegan", noise_dist = "normal", d_hidden = [128], g_steps = null, data_range = null })
  }
  cells = { for p in setproduct(keys(local.methods), local.seeds) :
  "${p[0]} s${p[1]}" => { method = p[0], seed = p[1] } }
  s0 = "s${local.seeds[0]}"
}

# MNIST for the classifier that labels each channel.
dataset "mnist" {
  source     = "mnist"
  valid      = local.ci ? 1000 : 5000
  limit      = local.ci ? 2000 : null
  limit_eval = local.ci ? 500 : null
  balanced   = local.ci
}

dataset "stacked" {
  source     = "stacked_mnist"
  n          = local.ci ? 2000 : 128000
  test       = local.ci ? 500 : 26000
  valid      = local.ci ? 1000 : 5000
  limit      = local.ci ? 2000 : null
  limit_eval = local.ci ? 500 : null
  balanced   = local.ci
}

stage "classifier_train" "clf" {
  data     = dataset.mnist.train
  test     = dataset.mnist.test
  channels = [16, 32]
  hidden   = 128
  iters    = local.paper ? 3000 : (local.ci ? 300 : 2000)
}

stage "gan_train" "gan" {
  for_each   = local.cells
  data       = dataset.stacked.train
  method     = local.methods[each.value.method].method
  arch       = "dcgan"
  noise      = 100
  noise_dist = local.methods[each.value.method].noise_dist
  d_hidden   = local.methods[each.value.method].d_hidden
  g_channels = local.g
  d_channels = local.d
  d_norm     = "batch"
  g_output   = "tanh"
  data_range = local.methods[each.value.method].data_range
  g_steps    = local.methods[each.value.method].g_steps
  loss       = "nonsaturating"
  pack       = local.methods[each.value.method].pack
  batch      = 64
  iters      = local.iters
  optimizer  = "adam"
  lr         = 0.0002
  beta1      = 0.5
  beta2      = 0.999

  spectral_norm = local.methods[each.value.method].spectral_norm
  spectral_reg  = local.methods[each.value.method].spectral_reg
  sv_track      = 4

  samples        = local.n_samples
  record_seconds = !local.ci
  log_every      = local.log
}

stage "mode_coverage" "cov" {
  for_each   = local.cells
  samples    = stage.gan[each.key].samples
  classifier = stage.clf.model
}

# The test stacks through the same classifier: what a perfect generator
# would score with this classifier (26,000 draws of 1000 modes cover about
# all of them with a KL of about 0.02; classifier errors move it).
stage "mode_coverage" "data" {
  samples    = dataset.stacked.test
  classifier = stage.clf.model
}

stage "sweep_report" "table" {
  title    = "Stacked MNIST (scale ${var.scale}): modes covered of 1000 and KL to uniform, ${local.n_samples} samples per run"
  columns  = ["modes /1000", "KL", "train s", "source"]
  optional = ["train s"] # recorded at paper and short scale only
  rows = merge(
    { for k, v in local.cells : k => {
      "modes /1000" = stage.cov[k].modes
      KL            = stage.cov[k].kl
      "train s"     = stage.gan[k].train_seconds
      source        = "ours, one run"
    } },
    { for m in keys(local.methods) : "${m}: mean ± std over seeds" => {
      "modes /1000" = [for s in local.seeds : stage.cov["${m} s${s}"].modes]
      KL            = [for s in local.seeds : stage.cov["${m} s${s}"].kl]
      "train s"     = "-"
      source        = "ours, ${length(local.seeds)} seeds"
    } },
    {
      "test stacks (data as samples)"            = { "modes /1000" = stage.data.modes, KL = stage.data.kl, "train s" = "-", source = "ours: the classifier on real stacks" }
      "published: DCGAN (VEEGAN Table 2)"        = { "modes /1000" = 99, KL = 3.4, "train s" = "-", source = "VEEGAN Table 2" }
      "published: ALI (VEEGAN Table 2)"          = { "modes /1000" = 16, KL = 5.4, "train s" = "-", source = "VEEGAN Table 2" }
      "published: Unrolled GAN (VEEGAN Table 2)" = { "modes /1000" = 48.7, KL = 4.32, "train s" = "-", source = "VEEGAN Table 2" }
      "published: VEEGAN (VEEGAN Table 2)"       = { "modes /1000" = 150, KL = 2.95, "train s" = "-", source = "VEEGAN Table 2" }
      "published: DCGAN (PacGAN Table 2)"        = { "modes /1000" = "78.9 ± 6.5", KL = "4.50 ± 0.13", "train s" = "-", source = "PacGAN Table 2" }
      "published: PacDCGAN2 (PacGAN Table 2)"    = { "modes /1000" = "1000 ± 0", KL = "0.06 ± 0.003", "train s" = "-", source = "PacGAN Table 2" }
    },
  )
  notes = [
    "Modes: distinct digit triples among the samples, each channel labelled by our MNIST classifier (stage clf); KL: KL(mode histogram || uniform over 1000). The 'test stacks' row is real data through the same classifier.",
    "The two papers' DCGAN rows differ (their DCGANs and runs differ); PacGAN's PacDCGAN2 is set beside its own DCGAN. PacGAN Table 3 (smaller D, 25,600 samples, 50 trials): DCGAN 78.5 / 487.7 modes for D = 1/4 G / 1/2 G, PacDCGAN2 484.5 / 840.7, unrolled (10 steps) 327.2 / 817.4.",
    "Our runs at scale ${var.scale}: ${local.iters} updates of batch 64 (packs for PacDCGAN2), G ${jsonencode(local.g)} and D ${jsonencode(local.d)} channels; the papers: 50 epochs of 128k stacks (100k updates), D conv 64-128-256-512. VEEGAN: our DCGAN's G, F and D's convolutions (the paper gives no stacked-MNIST networks), the DCGAN rows' optimizer.",
  ]
  samples = merge(
    { for m in keys(local.methods) : "${m} ${local.s0}" => stage.gan["${m} ${local.s0}"].samples },
    { "real test stacks" = dataset.stacked.test },
  )
  grid = 10
}

report "spectra" {
  title  = "Spectral collapse on stacked MNIST: s_j / s_1 (j = 2..4) of D's second convolution over training, first seed"
  metric = "modes covered of 1000 (end of training)"
  row "DCGAN" { value = stage.cov["DCGAN ${local.s0}"].modes }
  row "SR-GAN static" { value = stage.cov["SR-GAN static ${local.s0}"].modes }
  curve "DCGAN" {
    data  = stage.gan["DCGAN ${local.s0}"].history
    terms = ["sv1_2", "sv1_3", "sv1_4"]
  }
  curve "SR-GAN static" {
    data  = stage.gan["SR-GAN static ${local.s0}"].history
    terms = ["sv1_2", "sv1_3", "sv1_4"]
  }
}
