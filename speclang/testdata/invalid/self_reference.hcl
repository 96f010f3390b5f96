# ERROR: 4:1 stage.ae -> stage.ae: each of these needs an output of the next one
pipeline "t" {}

stage "ae_pretrain" "ae" {
  data = stage.ae.codes
}
