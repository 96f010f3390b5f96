# VAR: scale=bogus
# ERROR: 7:21 scale must be "paper" or "ci". ... The value of var.scale came from -var scale=bogus
pipeline "t" {}
variable "scale" {
  type = string
  validation {
    condition     = contains(["paper", "ci"], var.scale)
    error_message = "scale must be \"paper\" or \"ci\"."
  }
}
