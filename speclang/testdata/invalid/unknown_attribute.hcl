# ERROR: 7:3 Did you mean "hidden"?
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "ae_pretrain" "ae" {
  data = dataset.mnist.train
  hiden = [1024, 32]
}
