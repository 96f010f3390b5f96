# VARFILE: testdata/vars/bad.vars
# ERROR: bad.vars:1:1 The spec declares no variable named "scael". Did you mean "scale"?
# ERROR: bad.vars:2:9 does not match its type number: a number is required
pipeline "t" {}
variable "scale" {
  default = "paper"
}
variable "iters" {
  type    = number
  default = 1
}
