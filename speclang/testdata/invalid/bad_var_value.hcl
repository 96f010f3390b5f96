# VAR: iters=many
# VAR: sigmas=[1, "x"]
# ERROR: 6:1 The value given by -var iters=many is not valid for variable "iters" (type number): "many" is not a number
# ERROR: 9:1 The value given by -var sigmas=[1, "x"] is not valid for variable "sigmas" (type list(number)): a number is required
pipeline "t" {}
variable "iters" {
  type = number
}
variable "sigmas" {
  type    = list(number)
  default = [1]
}
