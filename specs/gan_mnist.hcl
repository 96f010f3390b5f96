# Goodfellow et al. (2014) GAN on MNIST: Table 1's Parzen log-likelihood,
# plus the classifier-based metrics (FID, inception score, precision/recall).
#
#   ganpipe run specs/gan_mnist.hcl                  # the authors' recipe, paper scale
#   ganpipe run specs/gan_mnist.hcl -var scale=ci    # small subsets, few updates
#   ganpipe run specs/gan_mnist.hcl -var recipe=tanh_adam   # the earlier deviation
#
# recipe = "goodfellow2014" (the default, issue 27) is the authors' own MNIST
# configuration, read from goodfeli/adversarial mnist.yaml + __init__.py and
# pylearn2 (../shared/PAPERS.md, section "GAN"), every detail a gan_train
# attribute set below:
#   data: training file rows 0-50000 train, 50000-60000 validation
#     (valid_split = "last"), pixels /255, not binarized;
#   G: z 100-d U[-sqrt 3, sqrt 3] (noise_dist = "uniform_sqrt3"); ReLU 1200,
#     ReLU 1200, sigmoid 784; weights U(-0.05, 0.05); the output bias
#     logit(clip(per-pixel training mean, 1e-7)) (g_bias_from_data);
#   D: maxout 240 x 5, maxout 240 x 5, sigmoid 1; weights U(-0.005, 0.005);
#     no max-norm constraint (d_max_norm = 0: mnist.yaml sets none; the
#     1.9365 of the other recipes is not from it); dropout: input kept with
#     p 0.8, hidden with p 0.5, on both batches and in G's pass;
#   losses: D 0.5 [CE(1, D(x)) + CE(0, D(G(z)))] (d_loss_scale = 0.5); G
#     non-saturating CE(1, D(G(z)));
#   update = "simultaneous": both gradients from one pass on one minibatch
#     (G's through the pre-update D, with the D pass's noise and dropout
#     masks: AdversaryCost2's g_obj is CE(1, y_hat0) of d_obj's y_hat0);
#   SGD batch 100, lr 0.1 / 1.000004^t with floor 1e-6 (ExponentialDecay),
#     classical momentum 0.5 -> 0.7 stepped once per epoch of 500 updates
#     from epoch 1 to epoch 250 (MomentumAdjustor start 1, saturate 250:
#     momentum_ramp = 249 epochs, momentum_epoch = 500);
#   Parzen (parzen_ll.py): 10,000 samples, sigma from logspace(-1, 0, 10)
#     chosen on the FIRST 1,000 validation images, mean log-likelihood of the
#     10,000 test images +- std / sqrt(N).
# The config has no termination criterion (the update count behind 225 is
# unknown), so the run is scored along the way: sample_at draws 10,000
# samples (the same noise each time) after 10%, 25%, 50% and 100% of the
# updates of ONE run, each scored by the protocol above.
#
# recipe = "tanh_adam" and recipe = "paper" are the earlier configurations
# (their cache keys unchanged): tanh_adam (tanh output on 2x - 1 data, Adam
# 2e-4 beta1 0.5) scored 134.43 +- 1.41 at 20k updates (commit 95f4160);
# paper (sigmoid, SGD, alternating updates, U[-1, 1] noise, max norm 1.9365,
# random 5k validation split) collapsed (Parzen -293, FID 389). Results of
# the goodfellow2014 recipe: docs/results/gan_mnist_goodfellow2014.md.

pipeline "gan_mnist" {
  description = "GAN on MNIST, Goodfellow et al. 2014, Table 1"
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
  description = "paper: the paper's protocol; ci: 2k-image subsets and few updates"
  validation {
    condition     = contains(["paper", "ci"], var.scale)
    error_message = "scale must be \"paper\" or \"ci\"."
  }
}

variable "recipe" {
  type        = string
  default     = "goodfellow2014"
  description = "goodfellow2014: the authors' mnist.yaml in every detail (see the header); tanh_adam: tanh output on 2x-1 data, Adam 2e-4; paper: the earlier sigmoid/SGD reading (alternating updates)"
  validation {
    condition     = contains(["goodfellow2014", "tanh_adam", "paper"], var.recipe)
    error_message = "recipe must be \"goodfellow2014\", \"tanh_adam\" or \"paper\"."
  }
}

variable "gan_iters" {
  type        = number
  default     = null
  description = "override the generator update count (default 100000 at paper scale: 200 epochs of 500 updates)"
}

locals {
  paper     = var.scale == "paper"
  gan_iters = var.gan_iters != null ? var.gan_iters : (local.paper ? 100000 : 300)
  n_samples = local.paper ? 10000 : 1000
  g14       = var.recipe == "goodfellow2014"
  sgd       = var.recipe != "tanh_adam"
  n_train   = local.paper ? (local.g14 ? 50000 : 55000) : 2000
  # The scores along the run: after 10%, 25%, 50% and all of the updates
  # (10k, 25k, 50k, 100k at paper scale).
  # (Points before the first update are left out: a 2-update run has u50
  # and u100 only.)
  prefix = { for k, f in { u10 = 0.1, u25 = 0.25, u50 = 0.5, u100 = 1 } : k => floor(f * local.gan_iters) if floor(f * local.gan_iters) >= 1 }
  # The same, in increasing order (gan_train's sample_at).
  prefix_iters = [for k in ["u10", "u25", "u50", "u100"] : local.prefix[k] if contains(keys(local.prefix), k)]
}

dataset "data" {
  source      = "mnist"
  valid       = local.g14 ? 10000 : (local.paper ? 5000 : 1000)
  valid_split = local.g14 ? "last" : null
  limit       = local.paper ? null : 2000
  limit_eval  = local.paper ? null : 500
  balanced    = !local.paper
}

stage "gan_train" "gan" {
  data             = dataset.data.train
  noise            = 100
  noise_dist       = local.g14 ? "uniform_sqrt3" : "uniform"
  g_hidden         = [1200, 1200]
  g_output         = local.sgd ? "sigmoid" : "tanh"
  g_bias_from_data = local.g14 ? true : null
  d_hidden         = [240, 240]
  d_pieces         = 5
  d_drop_in        = 0.2
  d_drop           = 0.5
  g_init           = 0.05
  d_init           = 0.005
  d_max_norm       = local.g14 ? 0 : 1.9365
  loss             = "nonsaturating"
  d_loss_scale     = local.g14 ? 0.5 : null
  update           = local.g14 ? "simultaneous" : null
  batch            = 100
  iters            = local.gan_iters
  optimizer        = local.sgd ? "sgd" : "adam"
  lr               = local.sgd ? 0.1 : 0.0002
  beta1            = 0.5 # Adam only
  decay            = 1.000004
  min_lr           = local.g14 ? 0.000001 : null
  momentum         = 0.5
  momentum_end     = 0.7
  # goodfellow2014: 249 epochs of n_train / 100 updates (MomentumAdjustor
  # start 1, saturate 250); the others: 125,000 updates.
  momentum_ramp  = local.g14 ? 249 : 125000
  momentum_epoch = local.g14 ? floor(local.n_train / 100) : null
  samples        = local.n_samples
  sample_at      = local.g14 ? local.prefix_iters : null
  snapshots      = local.g14 ? 10 : null
  log_every      = local.paper ? 500 : 50
}

# Parzen along the run as a curve beside the paper's 225.
stage "score_curve" "parzen_curve" {
  points = { for k, v in stage.along : tostring(local.prefix[k]) => v.mean }
  errors = { for k, v in stage.along : tostring(local.prefix[k]) => v.stderr }
  title           = "Parzen log-likelihood along one run (${var.recipe}, ${var.scale})"
  reference       = 225
  reference_label = "Goodfellow et al. 2014, Table 1 (225 +- 2)"
}

stage "classifier_train" "clf" {
  data     = dataset.data.train
  test     = dataset.data.test
  channels = [16, 32]
  hidden   = 128
  iters    = local.paper ? 3000 : 300
}

stage "parzen" "ll" {
  for_each = {
    gan  = stage.gan.samples
    data = dataset.data.train
  }
  samples     = each.value
  valid       = dataset.data.valid
  test        = dataset.data.test
  grid        = "gan"
  max_samples = local.n_samples
  max_valid   = 1000
  first_rows  = local.g14 ? true : null
}

# The paper's protocol on the samples drawn along the run (goodfellow2014;
# the other recipes draw no prefix samples: one point, their final samples).
stage "parzen" "along" {
  for_each    = local.g14 ? local.prefix : { u100 = local.gan_iters }
  samples     = local.g14 ? stage.gan.prefix_samples : stage.gan.samples
  snapshot    = local.g14 ? each.value : null
  valid       = dataset.data.valid
  test        = dataset.data.test
  grid        = "gan"
  max_samples = local.n_samples
  max_valid   = 1000
  first_rows  = local.g14 ? true : null
}

module "eval" {
  source     = "./modules/classifier_eval.hcl"
  classifier = stage.clf.model
  samples    = stage.gan.samples
  data       = dataset.data.test
}

stage "nearest_neighbours" "nn" {
  samples = stage.gan.samples
  train   = dataset.data.train
  n       = 10
  k       = 5
}

report "table1" {
  title = "GAN Parzen log-likelihood on MNIST (scale ${var.scale})"
  notes = [
    "Parzen window estimates are unreliable (Theis et al. 2016): the training data's own score is shown beside the model.",
    "Recipe ${var.recipe}${local.g14 ? ": the authors' mnist.yaml in every detail (simultaneous updates, dropout shared with G's pass, D loss x0.5, U[-sqrt 3, sqrt 3] noise, output bias from the data's logit, per-epoch momentum; docs/results/gan_mnist_goodfellow2014.md)" : (local.sgd ? ": the earlier sigmoid/SGD reading (alternating updates), which collapses here" : ": tanh generator output on data scaled to 2x-1 and Adam 2e-4 (beta1 0.5) instead of the paper's sigmoid output and SGD schedule")}.",
    "Bandwidth chosen on ${local.g14 ? "the first" : "random"} 1,000 validation images with the GAN grid; ${local.n_samples} samples; ${local.gan_iters} generator updates${local.paper ? "" : " on 2,000 class-balanced training images (CI scale), so the number is not comparable to the paper's"}.",
    "The authors' config has no termination criterion (pylearn2, saved every epoch): the update count behind 225 is not known.",
  ]
  row "GAN (Goodfellow et al. 2014)" {
    value     = stage.ll["gan"].mean
    err       = stage.ll["gan"].stderr
    paper     = 225
    paper_err = 2
  }
  row "Training data (as samples)" {
    value = stage.ll["data"].mean
    err   = stage.ll["data"].stderr
  }
  samples "samples" {
    data = stage.gan.samples
  }
  figure "parzen_along_the_run" {
    data = stage.parzen_curve.figure
  }
  figure "nearest_neighbours" {
    data = stage.nn.figure
  }
  curve "gan_losses" {
    data  = stage.gan.history
    terms = ["d_loss", "g_loss", "d_real", "d_fake"]
  }
}

report "classifier_metrics" {
  title  = "GAN on MNIST: classifier-based metrics (scale ${var.scale})"
  metric = "value"
  notes = [
    "FID and precision/recall (k = 3) on the 128 penultimate features of our conv net, not Inception: not comparable to published Inception-based numbers.",
    "Inception-style score on the same classifier's softmax: at most 10.",
  ]
  row "classifier test accuracy" {
    value = stage.clf.test_accuracy
  }
  row "FID (vs test images)" {
    value = module.eval.fid
  }
  row "inception score" {
    value = module.eval.is
    err   = module.eval.is_std
  }
  row "precision" {
    value = module.eval.precision
  }
  row "recall" {
    value = module.eval.recall
  }
  row "diverged (1 = yes)" {
    value = stage.gan.diverged
  }
}
