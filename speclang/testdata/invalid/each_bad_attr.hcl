# ERROR: 7:14 each has only each.key and each.value; there is no each.name.
# ERROR: 9:15 Did you mean "value"?
pipeline "t" {}
dataset "mnist" { source = "mnist" }
stage "gmmn_train" "g" {
  for_each = { a = 1, b = 2 }
  data     = each.name
  iters    = each.value
  sigmas   = [each.valeu]
}
