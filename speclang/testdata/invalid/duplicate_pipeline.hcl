# ERROR: 5:1 the first one is at testdata/invalid/duplicate_pipeline.hcl:3,1
# ERROR: 8:1 Duplicate pipeline block
pipeline "one" {}

pipeline "two" {
  seed = 2
}
pipeline "three" {}
