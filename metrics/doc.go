// Package metrics evaluates generative models: the Gaussian Parzen window
// log-likelihood of the GAN / GMMN papers (with its bandwidth grids), the
// biased multi-kernel MMD^2 of GMMN, mode coverage on the synthetic mixtures,
// and nearest training neighbours (the memorisation check).
//
// It is a leaf library over plain slices (n rows of d float32 values,
// row-major). Pairwise distances use ||x||^2 + ||s||^2 - 2 x.s with the dot
// products from gonum's blas32.Gemm, so whatever BLAS the program registered
// with blas32.Use (OpenBLAS via ganpipe/blas, or gonum's pure Go) does the
// heavy work; the reductions (logsumexp, means) are accumulated in float64.
package metrics
