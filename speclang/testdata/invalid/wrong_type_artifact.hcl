# ERROR: 7:10 artifact required
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "gmmn_train" "g" {
  # a number where an artifact reference belongs
  data = 3
}
