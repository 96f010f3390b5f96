# A first spec: a GMMN learns a ring of 8 Gaussians in a few seconds, with
# no data to download. The README walks through it:
#
#   ganpipe run examples/first.hcl
#   ganpipe run examples/first.hcl -var iters=400
#   ganpipe diff latest~1 latest

pipeline "first" {
  seed = 3
}

variable "iters" {
  type        = number
  default     = 200
  description = "GMMN training iterations"
}

dataset "ring" {
  source = "ring" # 8 Gaussians on a circle, generated from the seed
  n      = 2000
  valid  = 500
  test   = 500
}

stage "gmmn_train" "gmmn" {
  data              = dataset.ring.train # a reference: an edge of the DAG
  noise             = 4
  hidden            = [32, 32]
  output_activation = "linear"
  sigmas            = [0.05, 0.5]
  batch             = 200
  iters             = var.iters
  schedule          = [{ from = 0, lr = 0.5, momentum = 0.9 }]
}

stage "sample" "samples" {
  model = stage.gmmn.model
  n     = 500
}

stage "parzen" "ll" {
  samples = stage.samples.samples
  valid   = dataset.ring.valid
  test    = dataset.ring.test
  sigmas  = [0.02, 0.05, 0.1, 0.2]
}

report "table" {
  title  = "GMMN on a ring of 8 Gaussians"
  metric = "Parzen log-likelihood of the test points (nats)"
  row "GMMN" {
    value = stage.ll.mean
    err   = stage.ll.stderr
  }
  curve "training" {
    data = stage.gmmn.history
  }
}
