package models

import (
	"math"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// mmdKernel computes the GMMN loss of Li, Swersky & Zemel (2015),
//
//	L = sqrt( sum_s MMD^2_s ),  MMD^2_s = mean k_s(y,y') + mean k_s(x,x') - 2 mean k_s(y,x),
//	k_s(a,b) = exp(-||a-b||^2 / (2 sigma_s))   (sigma, not sigma^2, as in the authors' code),
//
// the biased estimator over all pairs of m samples y and n data points x, together
// with dL/dy. Squared distances come from GEMM/SYRK Gram matrices; the kernel
// values are float32 (exp32), every sum is accumulated in float64.
//
// With Z = [y; x] and A_ij = c_ij * sum_s dk_s/dD_ij (c = 1/m^2 on y-y pairs,
// 1/n^2 on x-x pairs, -1/(mn) on mixed pairs, D the squared distance),
// dMMD^2/dz_i = 4 (a_i z_i - (A Z)_i) with a_i = sum_j A_ij; only the rows of y are
// needed, and dL/dy = that / (2 L + 1e-10) (the authors' epsilon).
type mmdKernel struct {
	sigmas []float64

	z     []float32 // (m+n) x d: samples first, then data
	gyz   []float32 // m x (m+n): Gram rows of the samples; overwritten with A
	gxx   []float32 // n x n: upper triangle of the data Gram
	norms []float32 // squared norms of the rows of z
	arow  []float32 // row sums of A
	grad  []float32 // m x d: dL/dy of the last call

	partYY, partYX, partXX []float64 // per-row, per-sigma sums
	mmd2                   []float64 // per-sigma MMD^2 of the last call
}

func newMMDKernel(sigmas []float64) *mmdKernel {
	return &mmdKernel{sigmas: append([]float64(nil), sigmas...), mmd2: make([]float64, len(sigmas))}
}

func grow32(b []float32, n int) []float32 {
	if cap(b) < n {
		return make([]float32, n)
	}
	return b[:n]
}

func grow64(b []float64, n int) []float64 {
	if cap(b) < n {
		return make([]float64, n)
	}
	return b[:n]
}

// lossGrad returns L for samples y (m x d) and data x (n x d) and stores dL/dy in
// k.grad and the per-sigma MMD^2 in k.mmd2.
func (k *mmdKernel) lossGrad(y, x []float32, m, n, d int) float64 {
	S := len(k.sigmas)
	N := m + n
	k.z = grow32(k.z, N*d)
	copy(k.z, y[:m*d])
	copy(k.z[m*d:], x[:n*d])
	k.gyz = grow32(k.gyz, m*N)
	k.gxx = grow32(k.gxx, n*n)
	k.norms = grow32(k.norms, N)
	k.arow = grow32(k.arow, m)
	k.grad = grow32(k.grad, m*d)
	k.partYY = grow64(k.partYY, m*S)
	k.partYX = grow64(k.partYX, m*S)
	k.partXX = grow64(k.partXX, n*S)

	z := k.z
	parFor(N, 256, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			var s float32
			for _, v := range z[i*d : (i+1)*d] {
				s += v * v
			}
			k.norms[i] = s
		}
	})
	Z := blas32.General{Rows: N, Cols: d, Stride: d, Data: z}
	Y := blas32.General{Rows: m, Cols: d, Stride: d, Data: z[:m*d]}
	X := blas32.General{Rows: n, Cols: d, Stride: d, Data: z[m*d:]}
	blas32.Gemm(blas.NoTrans, blas.Trans, 1, Y, Z, 0, blas32.General{Rows: m, Cols: N, Stride: N, Data: k.gyz})
	blas32.Syrk(blas.NoTrans, 1, X, 0, blas32.Symmetric{Uplo: blas.Upper, N: n, Stride: n, Data: k.gxx})

	inv := make([]float32, S) // 1/(2 sigma); S is tiny, allocation negligible
	for s, sg := range k.sigmas {
		inv[s] = float32(1 / (2 * sg))
	}
	cyy := float32(1 / float64(m*m))
	cyx := float32(-1 / float64(m*n))
	norms := k.norms

	// Sample rows: kernel values, the A matrix (in place of the Gram) and sums.
	parFor(m, 8, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			row := k.gyz[i*N : (i+1)*N]
			ni := norms[i]
			yy := k.partYY[i*S : (i+1)*S]
			yx := k.partYX[i*S : (i+1)*S]
			for s := range yy {
				yy[s], yx[s] = 0, 0
			}
			var asum float64
			for j0 := 0; j0 < N; j0 += 256 {
				j1 := min(j0+256, N)
				var ab float32
				for j := j0; j < j1; j++ {
					dist := ni + norms[j] - 2*row[j]
					if dist < 0 {
						dist = 0
					}
					c := cyy
					acc := yy
					if j >= m {
						c, acc = cyx, yx
					}
					var a float32
					for s, is := range inv {
						kv := exp32(-dist * is)
						acc[s] += float64(kv)
						a -= kv * is
					}
					a *= c
					row[j] = a
					ab += a
				}
				asum += float64(ab)
			}
			k.arow[i] = float32(asum)
		}
	})
	// Data-data pairs: only the loss value needs them.
	parFor(n, 8, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			row := k.gxx[i*n : (i+1)*n]
			ni := norms[m+i]
			xx := k.partXX[i*S : (i+1)*S]
			for s, is := range inv {
				xx[s] = 1 // diagonal: distance 0
				var off float64
				for j := i + 1; j < n; j++ {
					dist := ni + norms[m+j] - 2*row[j]
					if dist < 0 {
						dist = 0
					}
					off += float64(exp32(-dist * is))
				}
				xx[s] += 2 * off
			}
		}
	})
	var total float64
	for s := 0; s < S; s++ {
		var yy, yx, xx float64
		for i := 0; i < m; i++ {
			yy += k.partYY[i*S+s]
			yx += k.partYX[i*S+s]
		}
		for i := 0; i < n; i++ {
			xx += k.partXX[i*S+s]
		}
		v := yy/float64(m*m) + xx/float64(n*n) - 2*yx/float64(m*n)
		k.mmd2[s] = v
		total += v
	}
	l := math.Sqrt(math.Max(total, 0))

	// dL/dy = 4 (diag(a) y - A Z) / (2L + 1e-10).
	scale := float32(4 / (2*l + 1e-10))
	A := blas32.General{Rows: m, Cols: N, Stride: N, Data: k.gyz}
	Gr := blas32.General{Rows: m, Cols: d, Stride: d, Data: k.grad}
	blas32.Gemm(blas.NoTrans, blas.NoTrans, -scale, A, Z, 0, Gr)
	parFor(m, 64, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			ai := k.arow[i] * scale
			g := k.grad[i*d : (i+1)*d]
			for j, v := range z[i*d : (i+1)*d] {
				g[j] += ai * v
			}
		}
	})
	return l
}
