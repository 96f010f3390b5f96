# ERROR: 11:11 There is no variable named "scael". Did you mean "scale"?
pipeline "t" {}
variable "scale" {
  type    = string
  default = "ci"
}

dataset "mnist" {
  source = "mnist"
  # the limit is still type-checked: see the next line's error
  limit = var.scael == "ci" ? 2000 : null
  valid = "lots"
}
# ERROR: 12:11 a number is required
