# ERROR: 9:15 a number is required
# ERROR: 10:5 Did you mean "partition"?
# ERROR: 17:12 cpus must be a whole number of at least 1; got 0
pipeline "t" {}
dataset "mnist" { source = "mnist" }
stage "gmmn_train" "g" {
  data = dataset.mnist.train
  resources {
    cpus    = "two"
    partiton = "p"
  }
}
stage "gmmn_train" "h" {
  for_each = toset(["a", "b"])
  data = dataset.mnist.train
  resources {
    cpus = 0
  }
}
