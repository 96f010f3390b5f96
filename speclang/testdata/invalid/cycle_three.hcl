# ERROR: 7:1 stage.a -> stage.c -> stage.b -> stage.a
# ERROR: 10:1 stage.b -> stage.a -> stage.c -> stage.b
# ERROR: 13:1 stage.c -> stage.b -> stage.a -> stage.c
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "ae_pretrain" "a" {
  data = stage.c.samples
}
stage "gmmn_train" "b" {
  data = stage.a.codes
}
stage "sample" "c" {
  model = stage.b.model
}
stage "parzen" "ok" {
  samples = stage.c.samples
  valid   = dataset.mnist.valid
  test    = dataset.mnist.test
}
