# ERROR: 5:17 Invalid block definition
pipeline "t" { seed = 1 }

dataset "mnist" {
  source "mnist"
}
