# A failing validation names where the value came from: here the environment.
# ENV: GANPIPE_VAR_n=0
# ERROR: 8:21 n must be positive. ... came from GANPIPE_VAR_n
pipeline "t" {}
variable "n" {
  type = number
  validation {
    condition     = var.n > 0
    error_message = "n must be positive."
  }
}
