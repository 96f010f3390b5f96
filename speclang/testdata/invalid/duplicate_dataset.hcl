# ERROR: 4:1 A dataset named "mnist" was already declared at testdata/invalid/duplicate_dataset.hcl:3,1
pipeline "t" {}
dataset "mnist" { source = "mnist" }
dataset "mnist" { source = "fashion_mnist" }
