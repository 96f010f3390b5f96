# The cycle goes through a local value.
# ERROR: 8:1 stage.a -> stage.b -> stage.a
# ERROR: 11:1 stage.b -> stage.a -> stage.b
pipeline "t" {}
locals {
  b_model = stage.b.model
}
stage "ae_pretrain" "a" {
  data = local.b_model
}
stage "gmmn_train" "b" {
  data = stage.a.codes
}
