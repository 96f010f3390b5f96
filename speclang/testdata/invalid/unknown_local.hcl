# ERROR: 10:11 There is no local value named "iter". Did you mean "iters"?
pipeline "t" {}
locals {
  iters = 300
}
dataset "mnist" { source = "mnist" }

stage "gmmn_train" "g" {
  data  = dataset.mnist.train
  iters = local.iter
}
