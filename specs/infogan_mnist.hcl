# InfoGAN on MNIST (Chen et al. 2016): a 10-way categorical code and two
# continuous codes U[-1,1] are appended to G's noise; a Q head on D's last
# hidden layer predicts them, and lambda times the mutual-information loss
#   L_I = cross-entropy(Q's code logits, c) + sum_j (Q's mean_j - c_j)^2 / 2
# (the negative MI lower bound up to constants: unit-variance Gaussian for
# the continuous codes) is added to D's and G's losses. No labels are used.
#
#   ganpipe run specs/infogan_mnist.hcl                  # full MNIST, 20k updates
#   ganpipe run specs/infogan_mnist.hcl -var scale=ci    # small nets, 2k images, 300 updates
#
# The figure varies the categorical code down the rows and one continuous
# code across the columns (-1 to 1), one noise vector for the whole figure:
# if the code captured the digit, each row is one digit; the continuous codes
# should change style (slant, width). The report gives the MI loss and how
# well the categorical code predicts our classifier's digit label: samples
# are drawn with balanced codes ((i / 10) mod 10), the classifier labels
# them, and "matched" is the fraction agreeing under the best one-to-one
# code -> digit map (purity: each code to its most frequent digit).
#
# Deviation from the paper: Chen et al. use a conv G/D (DCGAN-like) with
# lambda 1; we use gan_mnist.hcl's MLPs and default recipe (tanh output on
# 2x-1 data, Adam 2e-4 with beta1 0.5; D maxout with dropout, so Q sees
# dropped-out features while training) and a linear Q head on D's last
# hidden layer (the paper adds a hidden layer to Q).
#
# Measured at paper scale (20,000 updates; commit 95f4160, shared 2-core
# machine, load 2-5, GAN stage 20 min 54 s): L_I 0.07 (categorical
# cross-entropy 0.01: Q reads the code almost perfectly), but the code is
# only partly the digit: best one-to-one code -> digit match 0.563, purity
# 0.655 (two codes draw 1s; 4/7/9 and 3/5/8 share codes). Chen et al.
# report about 5% error with their conv nets. FID 50.85, IS 7.88 +- 0.09.

pipeline "infogan_mnist" {
  description = "InfoGAN on MNIST (Chen et al. 2016)"
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
  description = "paper: full MNIST, Goodfellow's MLPs, 20k updates; ci: small nets, 2k images, 300 updates"
  validation {
    condition     = contains(["paper", "ci"], var.scale)
    error_message = "scale must be \"paper\" or \"ci\"."
  }
}

variable "gan_iters" {
  type        = number
  default     = null
  description = "override the generator update count (default 20000 at paper scale, 300 at ci)"
}

variable "info_lambda" {
  type        = number
  default     = 1
  description = "weight of the mutual-information loss (Chen et al.: 1)"
}

locals {
  paper     = var.scale == "paper"
  gan_iters = var.gan_iters != null ? var.gan_iters : (local.paper ? 20000 : 300)
  n_samples = local.paper ? 10000 : 1000
}

dataset "data" {
  source     = "mnist"
  valid      = local.paper ? 5000 : 1000
  limit      = local.paper ? null : 2000
  limit_eval = local.paper ? null : 500
  balanced   = !local.paper
}

stage "gan_train" "infogan" {
  data        = dataset.data.train
  cat_codes   = 10
  cont_codes  = 2
  info_lambda = var.info_lambda
  noise       = 62 # Chen et al.'s MNIST noise size (74 inputs with the codes)
  g_hidden    = local.paper ? [1200, 1200] : [256, 256]
  g_output    = "tanh"
  d_hidden    = local.paper ? [240, 240] : [64, 64]
  d_pieces    = local.paper ? 5 : 2
  d_drop_in   = 0.2
  d_drop      = 0.5
  g_init      = 0.05
  d_init      = 0.005
  d_max_norm  = 1.9365
  loss        = "nonsaturating"
  batch       = local.paper ? 100 : 50
  iters       = local.gan_iters
  optimizer   = "adam"
  lr          = 0.0002
  beta1       = 0.5
  samples     = local.n_samples
  log_every   = local.paper ? 500 : 50
}

stage "classifier_train" "clf" {
  data     = dataset.data.train
  test     = dataset.data.test
  channels = [16, 32]
  hidden   = 128
  iters    = local.paper ? 3000 : 300
}

stage "label_agreement" "agree" {
  classifier = stage.clf.model
  samples    = stage.infogan.samples
}

stage "fid" "fid" {
  classifier = stage.clf.model
  samples    = stage.infogan.samples
  data       = dataset.data.test
}

stage "inception_score" "is" {
  classifier = stage.clf.model
  samples    = stage.infogan.samples
}

stage "code_grid" "codes" {
  model = stage.infogan.model
  steps = 10
  span  = 1
}

report "infogan" {
  title  = "InfoGAN on MNIST (scale ${var.scale}, ${local.gan_iters} generator updates, lambda ${var.info_lambda})"
  metric = "value"
  notes = [
    "MI loss: the last 10 logged G steps' L_I = categorical cross-entropy + continuous Gaussian term; its categorical part is at most ln 10 = 2.303 for a code Q cannot read, so ln 10 minus it is the categorical code's MI lower bound (nats).",
    "Code -> digit: ${local.n_samples} samples with balanced codes labelled by our MNIST classifier; matched = best one-to-one code-to-digit map (chance about 0.1-0.2), purity = each code to its most frequent digit.",
    "FID on the classifier's 128 penultimate features (vs the test images), inception-style score on its softmax (max 10): not comparable to Inception-based numbers.",
  ]
  row "MI loss L_I" {
    value = stage.infogan.mi_loss
  }
  row "categorical cross-entropy (ln 10 = 2.303 at chance)" {
    value = stage.infogan.mi_cat
  }
  row "continuous Gaussian term" {
    value = stage.infogan.mi_cont
  }
  row "code -> digit, best one-to-one match" {
    value = stage.agree.matched
  }
  row "code -> digit, purity" {
    value = stage.agree.purity
  }
  row "classifier test accuracy" {
    value = stage.clf.test_accuracy
  }
  row "FID (vs test images)" {
    value = stage.fid.fid
  }
  row "inception score" {
    value = stage.is.is
    err   = stage.is.is_std
  }
  row "diverged (1 = yes)" {
    value = stage.infogan.diverged
  }
  figure "codes" {
    data = stage.codes.figure
  }
  samples "samples_by_code" {
    data = stage.infogan.samples
  }
  curve "losses" {
    data  = stage.infogan.history
    terms = ["d_loss", "g_loss", "d_real", "d_fake", "mi_loss", "mi_cat", "mi_cont"]
  }
}
