# Every error in the file is reported, not only the first.
# ERROR: 8:17 The argument "source" is required
# ERROR: 9:3 Did you mean "source"?
# ERROR: 12:7 Did you mean "gmmn_train"?
# ERROR: 16:10 Did you mean "train"?
# ERROR: 17:12 a number is required
# ERROR: 19:1 A stage named "ae" was already declared
dataset "mnist" {
  sourc = "mnist"
}

stage "gmmn_trian" "g" {
  data = dataset.mnist.train
}
stage "ae_pretrain" "ae" {
  data = dataset.mnist.trian
  hidden = ["a"]
}
stage "sample" "ae" {
  model = stage.ae.model
}
pipeline "t" {}
