# ERROR: 9:21 a number is required
# ERROR: 10:21 element 0: number required, but have artifact
# ERROR: 11:21 list of number required
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "ae_pretrain" "ae" {
  data            = dataset.mnist.train
  iters_per_layer = "many"
  hidden          = [dataset.mnist.test]
  dropout         = "0.5"
}
