# ERROR: 11:13 There is no stage named "aee". Did you mean "ae"?
# ERROR: 12:13 There is a dataset named "mnist": dataset.mnist.
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "ae_pretrain" "ae" {
  data = dataset.mnist.train
}

stage "sample" "s" {
  model   = stage.aee.model
  decoder = stage.mnist.train
}
