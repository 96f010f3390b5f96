# The GAN family on one trainer: every loss and every trick on MNIST, one
# table (FID, inception score, Parzen, precision, recall, wall time) and a
# sample grid per configuration.
#
#   ganpipe run specs/gan_zoo.hcl                  # 20k updates, Goodfellow's MLPs
#   ganpipe run specs/gan_zoo.hcl -var scale=ci    # small nets, 2k images, 150 updates
#   ganpipe run specs/gan_zoo.hcl -var iters=2000  # full data and nets, fewer updates
#   ganpipe run specs/gan_zoo.hcl -var iters=10000 -var seeds=3 -var 'rows=["loss minimax","trick spectral norm"]'  # 2 rows, 3 seeds each
#
# With seeds = N > 1 each row trains N times, for_each cells of distinct
# seeds: seed 1 keeps the row's own key ("loss minimax"), so a one-seed run's
# results are re-used, and seeds 2..N are "loss minimax s2", ...; the table
# then gives mean ± standard error over the seeds (n in brackets).
#
# All configurations share the architecture (G 100-1200-1200-784 ReLU/sigmoid,
# D maxout 240x5 twice with dropout 0.2/0.5 at paper scale) and, unless the
# row says otherwise, Adam 2e-4 (beta1 0.5) with the non-saturating loss.
# WGAN uses PAPERS.md's RMSProp 5e-5, clipping 0.01 and the 5/100 critic
# schedule; WGAN-GP Adam 1e-4 (0.5, 0.9), 5 critic steps, lambda 10. The
# trick rows add one trick each to the non-saturating baseline. A row whose
# training met a NaN/Inf shows diverged = 1 and the update; its metrics are
# those of the last finite snapshot.

pipeline "gan_zoo" {
  description = "GAN losses and tricks on MNIST, one trainer"
  seed        = var.seed
}

variable "seed" {
  type        = number
  default     = 1
  description = "the pipeline seed: every stage's seed and the data subsets derive from it"
}

variable "scale" {
  type        = string
  default     = "paper"
  description = "paper: full MNIST, paper MLPs, 20k updates; ci: small nets, 2k images, 150 updates"
  validation {
    condition     = contains(["paper", "ci"], var.scale)
    error_message = "scale must be \"paper\" or \"ci\"."
  }
}

variable "iters" {
  type        = number
  default     = null
  description = "override the generator updates per row (default 20000 at paper scale, 150 at CI scale)"
  validation {
    condition     = var.iters == null ? true : var.iters >= 1
    error_message = "iters must be at least 1."
  }
}

variable "seeds" {
  type        = number
  default     = 1
  description = "training runs per row, of distinct seeds; above 1 the table gives mean ± standard error over them"
  validation {
    condition     = var.seeds >= 1
    error_message = "seeds must be at least 1."
  }
}

variable "rows" {
  type        = list(string)
  default     = null
  description = "only these rows of the zoo (their names as in the table); default every row"
}

locals {
  paper     = var.scale == "paper"
  iters     = var.iters != null ? var.iters : (local.paper ? 20000 : 150)
  n_samples = local.paper ? 10000 : 1000
  base = {
    loss      = "nonsaturating", divergence = "", n_critic = 1, wgan_schedule = false,
    clip      = 0, gp_lambda = 0, label_smooth = 1, instance_noise = 0, noise_anneal = 0,
    hist_avg  = 0, spectral_norm = false, feature_matching = false, mbd_kernels = 0,
    optimizer = "adam", lr = 0.0002, beta1 = 0.5, beta2 = 0.999,
  }
  all_rows = {
    "loss minimax"              = merge(local.base, { loss = "minimax" })
    "loss nonsaturating"        = local.base
    "loss fgan kl"              = merge(local.base, { loss = "fgan", divergence = "kl" })
    "loss fgan reverse_kl"      = merge(local.base, { loss = "fgan", divergence = "reverse_kl" })
    "loss fgan pearson"         = merge(local.base, { loss = "fgan", divergence = "pearson" })
    "loss fgan hellinger"       = merge(local.base, { loss = "fgan", divergence = "hellinger" })
    "loss fgan js"              = merge(local.base, { loss = "fgan", divergence = "js" })
    "loss fgan gan"             = merge(local.base, { loss = "fgan", divergence = "gan" })
    "loss wgan"                 = merge(local.base, { loss = "wgan", n_critic = 5, wgan_schedule = local.paper, clip = 0.01, optimizer = "rmsprop", lr = 0.00005, beta1 = 0, beta2 = 0.99 })
    "loss wgan_gp"              = merge(local.base, { loss = "wgan_gp", n_critic = 5, gp_lambda = 10, lr = 0.0001, beta1 = 0.5, beta2 = 0.9 })
    "trick label smoothing 0.9" = merge(local.base, { label_smooth = 0.9 })
    "trick instance noise"      = merge(local.base, { instance_noise = 0.1, noise_anneal = local.iters })
    "trick historical avg"      = merge(local.base, { hist_avg = 0.001 })
    "trick spectral norm"       = merge(local.base, { spectral_norm = true })
    "trick feature matching"    = merge(local.base, { feature_matching = true })
    "trick minibatch discrim"   = merge(local.base, { mbd_kernels = 50 })
  }
  zoo = var.rows == null ? local.all_rows : { for r in var.rows : r => local.all_rows[r] }
  # The training runs: seed 1 of a row is the row's own name (the key a
  # one-seed run has), seed s > 1 is "ROW s<s>".
  seed_names = [for s in range(1, var.seeds + 1) : s == 1 ? "" : " s${s}"]
  runs       = merge([for r, v in local.zoo : { for n in local.seed_names : "${r}${n}" => v }]...)
  row_runs   = { for r, v in local.zoo : r => [for n in local.seed_names : "${r}${n}"] }
}

dataset "data" {
  source     = "mnist"
  valid      = local.paper ? 5000 : 1000
  limit      = local.paper ? null : 2000
  limit_eval = local.paper ? null : 500
  balanced   = !local.paper
}

stage "classifier_train" "clf" {
  data     = dataset.data.train
  test     = dataset.data.test
  channels = [16, 32]
  hidden   = 128
  iters    = local.paper ? 3000 : 300
}

stage "gan_train" "gan" {
  for_each = local.runs
  data     = dataset.data.train
  g_hidden = local.paper ? [1200, 1200] : [256, 256]
  d_hidden = local.paper ? [240, 240] : [64, 64]
  d_pieces = local.paper ? 5 : 2
  batch    = local.paper ? 100 : 50
  iters    = local.iters
  samples  = local.n_samples

  loss             = each.value.loss
  divergence       = each.value.divergence
  n_critic         = each.value.n_critic
  wgan_schedule    = each.value.wgan_schedule
  clip             = each.value.clip
  gp_lambda        = each.value.gp_lambda
  label_smooth     = each.value.label_smooth
  instance_noise   = each.value.instance_noise
  noise_anneal     = each.value.noise_anneal
  hist_avg         = each.value.hist_avg
  spectral_norm    = each.value.spectral_norm
  feature_matching = each.value.feature_matching
  mbd_kernels      = each.value.mbd_kernels
  optimizer        = each.value.optimizer
  lr               = each.value.lr
  beta1            = each.value.beta1
  beta2            = each.value.beta2
  # Wall time is non-deterministic, so it is recorded only at paper scale
  # (the CI run is checked for byte-identical artifacts).
  record_seconds = local.paper
  log_every      = local.paper ? 500 : 50
}

stage "parzen" "ll" {
  for_each    = local.runs
  samples     = stage.gan[each.key].samples
  valid       = dataset.data.valid
  test        = dataset.data.test
  grid        = "gan"
  max_samples = local.n_samples
  max_valid   = 1000
}

module "eval" {
  for_each   = local.runs
  source     = "./modules/classifier_eval.hcl"
  classifier = stage.clf.model
  samples    = stage.gan[each.key].samples
  data       = dataset.data.test
}

stage "sweep_report" "zoo" {
  title   = "GAN zoo on MNIST (scale ${var.scale}, ${local.iters} generator updates)"
  columns = ["FID", "IS", "Parzen", "precision", "recall", "diverged", "diverged at", "train s"]
  # One seed: the row's figures; more: a list per column (one per seed),
  # printed as mean ± standard error (spread = "se"). (A tuple indexed by
  # the choice, as HCL's conditional wants both sides of one type.)
  rows = { for k, v in local.zoo : k => [{
    FID           = module.eval[k].fid
    IS            = module.eval[k].is
    Parzen        = stage.ll[k].mean
    precision     = module.eval[k].precision
    recall        = module.eval[k].recall
    diverged      = stage.gan[k].diverged
    "diverged at" = stage.gan[k].diverged_at
    "train s"     = stage.gan[k].train_seconds
    }, {
    FID           = [for r in local.row_runs[k] : module.eval[r].fid]
    IS            = [for r in local.row_runs[k] : module.eval[r].is]
    Parzen        = [for r in local.row_runs[k] : stage.ll[r].mean]
    precision     = [for r in local.row_runs[k] : module.eval[r].precision]
    recall        = [for r in local.row_runs[k] : module.eval[r].recall]
    diverged      = [for r in local.row_runs[k] : stage.gan[r].diverged]
    "diverged at" = [for r in local.row_runs[k] : stage.gan[r].diverged_at]
    "train s"     = [for r in local.row_runs[k] : stage.gan[r].train_seconds]
  }][var.seeds == 1 ? 0 : 1] }
  # null (the sample std, unused with one seed) keeps the one-seed key.
  spread = var.seeds == 1 ? null : "se"
  # train_seconds is recorded at paper scale only: "—" at CI scale.
  optional = ["train s"]
  samples  = { for k, v in local.zoo : k => stage.gan[k].samples }
  notes = [
    "FID and precision/recall (k = 3) on our MNIST conv net's 128 penultimate features (FID vs the test images), inception-style score on its softmax (max 10): not comparable to Inception-based numbers.",
    "Parzen: Gaussian window on ${local.n_samples} samples, bandwidth from 1,000 validation images on the GAN grid, mean test log-likelihood in nats (unreliable as a quality measure: Theis et al. 2016).",
    var.seeds == 1 ? "One seed per row; no error bars across runs." : "Each cell: mean ± standard error (sample std / sqrt n) over ${var.seeds} runs of distinct seeds, n in brackets; the samples shown are seed 1's.",
  ]
}
