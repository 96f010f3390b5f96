# ERROR: 6:3 local.a -> local.b -> local.c -> local.a
# ERROR: 7:3 local.b -> local.c -> local.a -> local.b
# ERROR: 8:3 local.c -> local.a -> local.b -> local.c
pipeline "t" {}
locals {
  a = local.b + 1
  b = local.c * 2
  c = local.a
  d = local.a + 1
}
