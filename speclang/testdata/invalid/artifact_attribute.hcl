# ERROR: 9:10 stage.ae.codes is an artifact reference; it has no attributes or elements
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "ae_pretrain" "ae" {
  data = dataset.mnist.train
}
stage "gmmn_train" "g" {
  data = stage.ae.codes.first
}
