# ERROR: 7:14 for_each must be a map, an object or a set of strings; this is a number
# ERROR: 13:14 To iterate over a list of strings, convert it with toset(...)
# ERROR: 19:14 A set given to for_each must hold strings
pipeline "t" {}
dataset "mnist" { source = "mnist" }
stage "parzen" "a" {
  for_each = 3
  samples  = dataset.mnist.train
  valid    = dataset.mnist.valid
  test     = dataset.mnist.test
}
stage "parzen" "b" {
  for_each = ["x", "y"]
  samples  = dataset.mnist.train
  valid    = dataset.mnist.valid
  test     = dataset.mnist.test
}
stage "parzen" "c" {
  for_each = toset([1, 2])
  samples  = dataset.mnist.train
  valid    = dataset.mnist.valid
  test     = dataset.mnist.test
}
