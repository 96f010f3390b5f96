# ERROR: 6:10 There is no dataset named "mnsit". Did you mean "mnist"?
pipeline "t" {}
dataset "mnist" { source = "mnist" }

stage "ae_pretrain" "ae" {
  data = dataset.mnsit.train
}
