# VAR: scael=ci
# VAR: novalue
# ERROR: - sets a variable "scael", but the spec declares no such variable. Did you mean "scale"?
# ERROR: - The option -var "novalue" is not of the form name=value
pipeline "t" {}
variable "scale" {
  default = "paper"
}
