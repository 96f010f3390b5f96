# Variables of every kind of type, for the precedence tests.
pipeline "vars" {
  seed = var.seed
}

variable "scale" {
  type        = string
  default     = "paper"
  description = "paper or ci"
  validation {
    condition     = contains(["paper", "ci", "tiny"], var.scale)
    error_message = "scale must be paper, ci or tiny."
  }
}

variable "seed" {
  type    = number
  default = 7
}

variable "sigmas" {
  type    = list(number)
  default = [2, 5, 10]
}

variable "label" {
  type    = string
  default = "x"
}

variable "opts" {
  type = object({ lr = number, tags = map(string) })
  default = { lr = 0.1, tags = {} }
}

variable "free" {
  default = 3
}

variable "anything" {
  type    = any
  default = 3
}

variable "flag" {
  type    = bool
  default = false
}
