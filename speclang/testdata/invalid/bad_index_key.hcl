# ERROR: 18:21 stage.ll has no instance "gmmn_aee". Did you mean "gmmn_ae"? Its for_each keys are "data" and "gmmn_ae".
# ERROR: 19:21 stage.ll uses for_each, so a reference to one of its outputs names an instance
# ERROR: 20:21 stage.g does not use for_each
# ERROR: 21:21 The instances of stage.ll are keyed by strings
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "gmmn_train" "g" {
  data = dataset.mnist.train
}
stage "parzen" "ll" {
  for_each = { gmmn_ae = dataset.mnist.test, data = dataset.mnist.train }
  samples  = each.value
  valid    = dataset.mnist.valid
  test     = dataset.mnist.test
}
report "r" {
  row "a" { value = stage.ll["gmmn_aee"].mean }
  row "b" { value = stage.ll.mean }
  row "c" { value = stage.g["x"].loss }
  row "d" { value = stage.ll[0].mean }
  row "ok" { value = stage.ll["data"].sigma }
}
