# ERROR: 6:10 There is nothing named "stages" to refer to. Did you mean "stage"?
# ERROR: 7:13 There is nothing named "variable" to refer to. Did you mean "var"?
pipeline "t" {}
dataset "mnist" { source = "mnist" }
stage "gmmn_train" "g" {
  data = stages.x.model
  sigmas = [variable.s]
}
