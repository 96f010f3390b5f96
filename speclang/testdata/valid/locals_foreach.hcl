# Locals that refer to each other, to variables and to stages; for_each over a
# set of strings and over a map built from references; a dynamic index.
pipeline "sweep" {}

variable "dims" {
  type    = list(string)
  default = ["8", "32"]
}

locals {
  base  = 100
  iters = local.base * 3
}

locals {
  dims    = toset(var.dims)
  encoder = stage.ae["32"].codes
  names   = formatlist("d%s", sort(var.dims))
}

dataset "mnist" {
  source   = "mnist"
  balanced = true
}

stage "ae_pretrain" "ae" {
  for_each        = local.dims
  data            = dataset.mnist.train
  hidden          = [1024, tonumber(each.value)]
  iters_per_layer = local.iters + length(each.key)
}

stage "gmmn_train" "g" {
  for_each = local.dims
  data     = stage.ae[each.key].codes
  iters    = local.base
}

stage "sample" "s" {
  model   = stage.g["8"].model
  decoder = local.encoder
  n       = length(local.names)
}

report "curves" {
  row "recon8" { value = stage.ae["8"].recon }
  row "three" { value = 3 }
}
