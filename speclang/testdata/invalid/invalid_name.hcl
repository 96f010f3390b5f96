# ERROR: 4:21 "my ae" cannot be used as a stage name
# ERROR: 3:9 "mn-ist!" cannot be used as a dataset name
dataset "mn-ist!" { source = "mnist" }
stage "ae_pretrain" "my ae" {
  data = 1
}
pipeline "t" {}
