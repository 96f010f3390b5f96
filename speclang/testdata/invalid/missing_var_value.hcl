# ERROR: 3:1 Variable "iters" has no default, so it must be set
pipeline "t" {}
variable "iters" {
  type = number
}
