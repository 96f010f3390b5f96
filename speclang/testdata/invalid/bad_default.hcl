# ERROR: 6:13 The default value of variable "iters" does not match its type number
# ERROR: 9:13 Variables not allowed
pipeline "t" {}
variable "iters" {
  type    = number
  default = "lots"
}
variable "other" {
  default = var.iters
}
