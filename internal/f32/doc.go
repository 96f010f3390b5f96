// Package f32 holds the float32 kernels the models' custom ops run: exp and
// log (Cephes, ~1 ulp), activations and their derivatives, the BCE pieces,
// column sums, the SGD and momentum updates, blocked sums of squares, and the
// parallel-for they are cut up with. On amd64 with AVX2 the hot loops run in
// assembly (kernels_amd64.s, exp_amd64.s, log_amd64.s) that gives the same
// bits as the scalar Go (the *Scalar functions, and the tests say so); other
// architectures use the scalar code (kernels_other.go, exp_other.go). The
// kernels know nothing of graphs or models: an activation is an Act code.
//
//	kernels.go                      Act, ApplyAct, ActBackward, Exp32, Log32,
//	                                ColSum, ParFor and the scalar references
//	kernels_amd64.go                the AVX2 dispatch (kernels_amd64.s)
//	exp_amd64.go                    vectorised exp and log (exp_amd64.s, log_amd64.s)
//	bn.go                           batch norm (BNStats, BNApply with an optional
//	                                leaky ReLU, BNBackSums, BNBackApply) and
//	                                LeakyRows, with their *Scalar references
//	bn_amd64.go                     their AVX2 dispatch (bn_amd64.s)
//	pairs.go                        the elementwise pieces of the BCE sum and of
//	                                the MMD pair loops (Abs, AddConst, BCETerms,
//	                                SqDist, SquareFlush, SubScaled, PairA) as
//	                                scalar references
//	pairs_amd64.go                  their AVX2 dispatch (pairs_amd64.s)
//	kernels_other.go, exp_other.go,
//	bn_other.go, pairs_other.go     the scalar fallbacks off amd64
package f32
