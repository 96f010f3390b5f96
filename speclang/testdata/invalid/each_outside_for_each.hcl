# ERROR: 6:7 each.key and each.value can be used only in the body of a stage or module block that has for_each; here we are in locals
# ERROR: 11:10 each.key and each.value can be used only in the body of a stage or module block that has for_each; here we are in this block
# ERROR: 15:14 here we are in for_each
pipeline "t" {}
locals {
  k = each.key
}
dataset "mnist" { source = "mnist" }

stage "gmmn_train" "g" {
  data = each.value
}

stage "gmmn_train" "h" {
  for_each = each.value
  data     = dataset.mnist.train
}
