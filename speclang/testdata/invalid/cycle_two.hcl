# ERROR: 5:1 stage.a -> stage.b -> stage.a
# ERROR: 8:1 stage.b -> stage.a -> stage.b
pipeline "t" {}

stage "gmmn_train" "a" {
  data = stage.b.samples
}
stage "sample" "b" {
  model = stage.a.model
}
