# ERROR: 8:11 timestamp is impure: results would not be reproducible
# ERROR: 12:13 uuid is impure: results would not be reproducible
# ERROR: 13:21 file is impure: results would not be reproducible
pipeline "t" {}
dataset "mnist" { source = "mnist" }

locals {
  stamp = timestamp()
}
stage "ae_pretrain" "ae" {
  data   = dataset.mnist.train
  hidden = [uuid()]
  iters_per_layer = file("iters.txt")
}
