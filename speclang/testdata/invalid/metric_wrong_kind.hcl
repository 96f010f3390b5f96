# gmmn_train writes a loss metric, not a Parzen mean.
# ERROR: 15:24 stage.g (kind gmmn_train) has no output "mean"
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "gmmn_train" "g" {
  data = dataset.mnist.train
}
stage "parzen" "ll" {
  samples = dataset.mnist.train
  valid   = dataset.mnist.valid
  test    = dataset.mnist.test
}
report "r" {
  row "loss" { value = stage.g.mean }
  row "ll" { value = stage.ll.mean }
  row "loss2" { value = stage.g.loss }
}
