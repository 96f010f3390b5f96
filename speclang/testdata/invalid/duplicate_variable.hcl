# ERROR: 7:1 A variable named "scale" was already declared at testdata/invalid/duplicate_variable.hcl:4,1
# ERROR: 12:3 A local value named "a" was already defined at testdata/invalid/duplicate_variable.hcl:10,10
pipeline "t" {}
variable "scale" {
  default = "ci"
}
variable "scale" {
  default = "paper"
}
locals { a = 1 }
locals {
  a = 2
}
