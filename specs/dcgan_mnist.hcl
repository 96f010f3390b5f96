# DCGAN (Radford et al. 2016) on MNIST, scored like the Goodfellow GAN of
# specs/gan_mnist.hcl: Parzen log-likelihood (the GAN paper's protocol) and
# the classifier-based metrics (FID, inception score, precision/recall).
#
#   ganpipe run specs/dcgan_mnist.hcl                  # 5,000 updates, full MNIST
#   ganpipe run specs/dcgan_mnist.hcl -var gan_iters=10000 # another update count
#   ganpipe run specs/dcgan_mnist.hcl -var scale=ci    # thinner nets, 2k images, 300 updates
#   ganpipe run specs/dcgan_mnist.hcl -var gan_iters=10000 -var 'curve=[1000,5000,10000]'  # scores along one run
#
# With `curve` set the run also draws the samples after those updates (the
# same noise each time: gan_train's sample_at) and scores each with the
# classifier metrics; fid_curve and recall_curve draw them against the
# updates (where FID stops falling is the plateau). Unset, no key changes.
#
# Architecture (models/dcgan.go), a small DCGAN for 28x28x1 images:
#   G: z 100-d U[-1,1] -> FC 7*7*128 -> BN -> ReLU -> deconv 4x4/2 -> 14x14x64
#      -> BN -> ReLU -> deconv 4x4/2 -> 28x28x1 -> sigmoid (pixels in [0,1])
#   D: conv 4x4/2 -> 14x14x64 -> LeakyReLU 0.2 -> conv 4x4/2 -> 7x7x128 -> BN
#      -> LeakyReLU 0.2 -> FC -> 1 logit
# Settings from the DCGAN paper (../shared/PAPERS.md): Adam lr 2e-4, beta1
# 0.5, minibatch 64 (the paper used 128), weights N(0, 0.02^2), BN gamma
# N(1, 0.02^2), non-saturating G loss. Batch norm uses batch statistics in
# every training step (D normalises its real and generated halves
# separately); the generator's running statistics (momentum 0.1) are what
# the samples are drawn with. The paper's 64x64 nets, tanh output and
# multi-epoch schedule are out of a shared 2-core CPU's reach; 5,000
# updates are ~6 epochs of 55k images at batch 64.

pipeline "dcgan_mnist" {
  description = "DCGAN on MNIST (Radford et al. 2016): Parzen, FID, IS, precision/recall"
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
  description = "paper: full MNIST, G 128/64 and D 64/128 channels; ci: 2k-image subsets, G 64/32 and D 16/32 channels, 300 updates"
  validation {
    condition     = contains(["paper", "ci"], var.scale)
    error_message = "scale must be \"paper\" or \"ci\"."
  }
}

variable "gan_iters" {
  type        = number
  default     = null
  description = "override the generator update count (default 5000 at paper scale, 300 at CI scale)"
}

variable "curve" {
  type        = list(number)
  default     = null
  description = "also score FID, IS and precision/recall after these generator updates of the one run (prefix samples), drawn as curves"
}

locals {
  curve_points = var.curve == null ? {} : { for u in var.curve : tostring(u) => u }
  curves       = var.curve == null ? {} : { fid = "FID", recall = "recall" }
  paper        = var.scale == "paper"
  gan_iters    = var.gan_iters != null ? var.gan_iters : (local.paper ? 5000 : 300)
  n_samples    = local.paper ? 10000 : 1000
}

dataset "data" {
  source     = "mnist"
  valid      = local.paper ? 5000 : 1000
  limit      = local.paper ? null : 2000
  limit_eval = local.paper ? null : 500
  balanced   = !local.paper
}

stage "gan_train" "gan" {
  data       = dataset.data.train
  arch       = "dcgan"
  noise      = 100
  noise_dist = "uniform"
  # CI: a thinner D than G; with 16/32 channels in both, D wins outright
  # within 200 updates on 2k images (d_loss 0.01, IS 1.1, measured) and the
  # check would only watch a collapsed generator.
  g_channels = local.paper ? [128, 64] : [64, 32]
  d_channels = local.paper ? [64, 128] : [16, 32]
  d_norm     = "batch"
  g_output   = "sigmoid"
  loss       = "nonsaturating"
  batch      = 64
  iters      = local.gan_iters
  optimizer  = "adam"
  lr         = 0.0002
  beta1      = 0.5
  beta2      = 0.999
  samples    = local.n_samples
  sample_at  = var.curve
  log_every  = local.paper ? 100 : 20
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
    dcgan = stage.gan.samples
    data  = dataset.data.train
  }
  samples     = each.value
  valid       = dataset.data.valid
  test        = dataset.data.test
  grid        = "gan"
  max_samples = local.n_samples
  max_valid   = 1000
}

module "eval" {
  source     = "./modules/classifier_eval.hcl"
  classifier = stage.clf.model
  samples    = stage.gan.samples
  data       = dataset.data.test
}

# The classifier metrics along the run (curve set): one block of
# prefix_samples each.
module "along" {
  for_each   = local.curve_points
  source     = "./modules/classifier_eval.hcl"
  classifier = stage.clf.model
  samples    = stage.gan.prefix_samples
  snapshot   = each.value
  data       = dataset.data.test
}

stage "score_curve" "curve" {
  for_each = local.curves
  points   = { for k, u in local.curve_points : k => module.along[k][each.key] }
  title    = "DCGAN on MNIST: ${each.value} along one run (scale ${var.scale})"
  y_label  = "${each.value} (our MNIST classifier's features)"
}

stage "nearest_neighbours" "nn" {
  samples = stage.gan.samples
  train   = dataset.data.train
  n       = 10
  k       = 5
}

report "dcgan" {
  title  = "DCGAN on MNIST (scale ${var.scale})"
  metric = "value"
  notes = [
    "${local.gan_iters} generator updates at batch 64${local.paper ? " on the 55,000 training images" : " on 2,000 class-balanced training images with thinner nets (CI scale): not comparable to the paper-scale numbers"}; samples drawn with the generator's running batch-norm statistics.",
    "FID and precision/recall (k = 3) on the 128 penultimate features of our conv net, not Inception: not comparable to published Inception-based numbers. Inception-style score on the same classifier's softmax: at most 10.",
    "Parzen window estimates are unreliable (Theis et al. 2016): the training data's own score is shown beside the model. The DCGAN paper reports no MNIST Parzen score; Goodfellow et al.'s MLP GAN has 225 +- 2 with this protocol (specs/gan_mnist.hcl).",
  ]
  row "Parzen log-likelihood (DCGAN samples)" {
    value = stage.ll["dcgan"].mean
    err   = stage.ll["dcgan"].stderr
  }
  row "Parzen log-likelihood (training data as samples)" {
    value = stage.ll["data"].mean
    err   = stage.ll["data"].stderr
  }
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
  samples "samples" {
    data = stage.gan.samples
  }
  figure "nearest_neighbours" {
    data = stage.nn.figure
  }
  curve "dcgan_losses" {
    data = stage.gan.history
  }
}
