# ERROR: 7:11 There is no function named "lenght". Did you mean "length"?
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "gmmn_train" "g" {
  data  = dataset.mnist.train
  iters = lenght([1, 2])
}
