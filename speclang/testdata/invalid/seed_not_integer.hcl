# ERROR: 4:10 The seed must be a whole number that fits in 64 bits; got 1.5
# ERROR: 5:17 Inappropriate value for attribute "description": string required
pipeline "t" {
  seed = 1.5
  description = ["x"]
}
