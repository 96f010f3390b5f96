# ERROR: 5:17 The argument "source" is required
# ERROR: 8:21 The argument "test" is required
pipeline "t" {}

dataset "mnist" {
  valid = 100
}
stage "parzen" "ll" {
  samples = dataset.mnist.train
  valid   = dataset.mnist.valid
}
