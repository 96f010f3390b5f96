# ERROR: 1:1 Missing pipeline block
dataset "mnist" { source = "mnist" }
