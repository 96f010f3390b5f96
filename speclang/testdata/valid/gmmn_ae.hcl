# The DESIGN.md sketch, complete: every block type, for_each, locals, a report.
pipeline "gmmn_ae" {
  description = "GMMN+AE on MNIST, Li et al. 2015, Table 1"
  seed        = 1
}

variable "scale" {
  type    = string
  default = "paper"
  validation {
    condition     = contains(["paper", "ci"], var.scale)
    error_message = "scale must be paper or ci."
  }
}

locals {
  iters = var.scale == "paper" ? 40000 : 300
}

dataset "mnist" {
  source = "mnist"
  valid  = 5000
  limit  = var.scale == "ci" ? 2000 : null
}

stage "ae_pretrain" "ae" {
  data            = dataset.mnist.train
  hidden          = [1024, 32]
  dropout         = [0.2, 0.5]
  iters_per_layer = 3000
}

stage "gmmn_train" "codes" {
  data   = stage.ae.codes
  sigmas = [1]
  iters  = local.iters
  resources {
    cpus      = 2
    mem       = "4G"
    time      = "1h"
    partition = "cpu"
    extra     = ["--exclusive"]
  }
}

stage "sample" "codes_decoded" {
  model   = stage.codes.model
  decoder = stage.ae.model
  n       = 10000
}

stage "parzen" "ll" {
  for_each = { gmmn_ae = stage.codes_decoded.samples, data = dataset.mnist.train }
  samples  = each.value
  valid    = dataset.mnist.valid
  test     = dataset.mnist.test
}

report "table1" {
  row "GMMN+AE" {
    value     = stage.ll["gmmn_ae"].mean
    paper     = 282
    paper_err = 2
  }
  row "data" { value = stage.ll["data"].mean }
}
