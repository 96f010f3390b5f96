# ERROR: 10:21 A row value is a metric reference (stage.NAME.METRIC) or a number; this is a string
# ERROR: 11:7 Missing label for row
# ERROR: 14:5 Did you mean "paper"?
pipeline "t" {}
dataset "mnist" { source = "mnist" }
stage "gmmn_train" "g" {
  data = dataset.mnist.train
}
report "r" {
  row "x" { value = "high" }
  row { value = 1 }
  row "y" {
    value = 2
    papr  = 3
  }
  row "z" { value = stage.g.loss }
}
