# ERROR: 5:1 Did you mean "stage"?
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stag "ae_pretrain" "ae" {
  data = dataset.mnist.train
}
