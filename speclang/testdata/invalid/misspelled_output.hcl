# ERROR: 11:10 Did you mean "codes"? Its outputs are "model", "codes" and "history"; its metrics are "recon".
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "ae_pretrain" "ae" {
  data = dataset.mnist.train
}

stage "gmmn_train" "g" {
  # codez is a typo of codes
  data = stage.ae.codez
}
