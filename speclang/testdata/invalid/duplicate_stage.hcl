# Stage names are unique across kinds.
# ERROR: 10:1 A stage named "ae" was already declared at testdata/invalid/duplicate_stage.hcl:6,1
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "ae_pretrain" "ae" {
  data = dataset.mnist.train
}

stage "gmmn_train" "ae" {
  data = dataset.mnist.train
}
