# ERROR: 7:7 Did you mean "ae_pretrain"?
# A reference to a stage of unknown kind is not a second error.
# ERROR: 12:10 dataset.mnist (kind dataset) has no output "trian"
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "ae_pretrian" "ae" {
  data = dataset.mnist.train
}

stage "gmmn_train" "g" {
  data = dataset.mnist.trian
  sigmas = stage.ae.whatever
}
