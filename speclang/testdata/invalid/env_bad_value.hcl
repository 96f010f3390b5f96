# ENV: GANPIPE_VAR_iters=lots
# ENV: GANPIPE_VAR_undeclared=ignored
# ERROR: 6:1 The value given by GANPIPE_VAR_iters is not valid for variable "iters" (type number)
pipeline "t" {}

variable "iters" {
  type    = number
  default = 1
}
