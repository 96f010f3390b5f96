# for_each sweeps stages, not datasets.
# ERROR: 5:3 An argument named "for_each" is not expected here
pipeline "t" {}
dataset "mnist" {
  for_each = toset(["a", "b"])
  source   = "mnist"
}
