package gmmn

import (
	"fmt"
	"math"
	"sort"

	"github.com/ganpipe/ganpipe/internal/f32"
	"github.com/ganpipe/ganpipe/models/nn"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// mmdKernel computes the GMMN loss of Li, Swersky & Zemel (2015),
//
//	L = sqrt( sum_s MMD^2_s ),  MMD^2_s = mean k_s(y,y') + mean k_s(x,x') - 2 mean k_s(y,x),
//	k_s(a,b) = exp(-||a-b||^2 / (2 sigma_s))   (sigma, not sigma^2, as in the authors' code),
//
// the biased estimator over all pairs of m samples y and n data points x, together
// with dL/dy. Squared distances come from GEMM/SYRK Gram matrices; the kernel
// values are float32 (Exp32), every sum is accumulated in float64.
//
// With Z = [y; x] and A_ij = c_ij * sum_s dk_s/dD_ij (c = 1/m^2 on y-y pairs,
// 1/n^2 on x-x pairs, -1/(mn) on mixed pairs, D the squared distance),
// dMMD^2/dz_i = 4 (a_i z_i - (A Z)_i) with a_i = sum_j A_ij; only the rows of y are
// needed, and dL/dy = that / (2 L + 1e-10) (the authors' epsilon).
//
// Kernel values share exps: k_s = exp(-D/(2s)) gives k_{s/2} = k_s^2, so for a
// bandwidth that is half of another one (the paper's 80, 40, 20, 10, 5) the
// kernel is the square of the larger bandwidth's value, computed first. Each
// squaring about doubles the relative error (k_5 from k_80: ~16 float32 ulp,
// 1e-6 relative, far inside the loss's float32 tolerance).
//
// With squared set the loss is sum_s MMD^2_s itself and dL/dy = 4 (a_i z_i - (A Z)_i).
type mmdKernel struct {
	squared bool
	sigmas  []float64
	inv     []float32 // 1/(2 sigma)
	order   []int     // kernel evaluation order: parents before the squares
	src     []int     // src[s] = t: k_s = k_t^2 (sigmas[t] = 2 sigmas[s]); -1: exp

	z     []float32 // (m+n) x d: samples first, then data
	gyz   []float32 // m x (m+n): Gram rows of the samples; overwritten with A
	gxx   []float32 // n x n: upper triangle of the data Gram
	norms []float32 // squared norms of the rows of z
	arow  []float32 // row sums of A
	grad  []float32 // m x d: dL/dy of the last call

	partYY, partYX, partXX []float64 // per-row, per-sigma sums
	mmd2                   []float64 // per-sigma MMD^2 of the last call
}

func newMMDKernel(sigmas []float64, squared bool) *mmdKernel {
	S := len(sigmas)
	k := &mmdKernel{squared: squared, sigmas: append([]float64(nil), sigmas...), mmd2: make([]float64, S),
		inv: make([]float32, S), src: make([]int, S)}
	for s, sg := range sigmas {
		k.inv[s] = float32(1 / (2 * sg))
		k.order = append(k.order, s)
	}
	// Largest bandwidth first (stable for ties), so a parent precedes its square.
	sort.SliceStable(k.order, func(a, b int) bool { return sigmas[k.order[a]] > sigmas[k.order[b]] })
	for s := range sigmas {
		k.src[s] = -1
		for t := range sigmas {
			if sigmas[t] == 2*sigmas[s] {
				k.src[s] = t
				break
			}
		}
	}
	return k
}

// minSquarable is the smallest kernel value whose square is a normal float32
// (2^-63): below it the square is flushed to 0, as Exp32 flushes results below
// the normal range, since denormal multiplies are ~100x slower on x86.
const minSquarable = 0x1p-63

// mmdBlock is the number of pairs whose kernel values are computed together.
const mmdBlock = 256

// mmdBlocks is one goroutine's scratch for a block of pairs.
type mmdBlocks struct {
	dist []float32 // squared distances
	kv   []float32 // kernel values, bandwidth s at [s*mmdBlock, ...)
	a    []float32 // entries of A
}

func (k *mmdKernel) newBlocks() *mmdBlocks {
	return &mmdBlocks{dist: make([]float32, mmdBlock), kv: make([]float32, len(k.sigmas)*mmdBlock), a: make([]float32, mmdBlock)}
}

// distances fills b.dist with ni + norms[j] - 2 gram[j], clamped at 0.
func (b *mmdBlocks) distances(ni float32, norms, gram []float32) {
	f32.SqDist(b.dist[:len(gram)], norms, gram, ni)
}

// blockValues fills b.kv with the kernel values of the first nb distances: an
// exp (vectorised) per root bandwidth, squares for the rest.
func (k *mmdKernel) blockValues(b *mmdBlocks, nb int) {
	d := b.dist[:nb]
	for _, s := range k.order {
		dst := b.kv[s*mmdBlock : s*mmdBlock+nb]
		t := k.src[s]
		if t < 0 {
			f32.ExpScale32(dst, d, -k.inv[s]) // d * -inv = -d * inv exactly
			continue
		}
		f32.SquareFlush(dst, b.kv[t*mmdBlock:t*mmdBlock+nb], minSquarable)
	}
}

func grow64(b []float64, n int) []float64 {
	if cap(b) < n {
		return make([]float64, n)
	}
	return b[:n]
}

// lossGrad returns L for samples y (m x d) and data x (n x d) and stores dL/dy in
// k.grad and the per-sigma MMD^2 in k.mmd2. Its passes, in order: the Gram
// matrices (gram), the sample rows' kernel sums and A matrix (sampleRows),
// the data-data sums (dataPairs), the loss (combine), the gradient.
func (k *mmdKernel) lossGrad(y, x []float32, m, n, d int) float64 {
	k.gram(y, x, m, n, d)
	k.sampleRows(m, n)
	k.dataPairs(m, n)
	total := k.combine(m, n)
	// dL/dy = 4 (diag(a) y - A Z) / (2L + 1e-10), or without the division for
	// the squared loss, L = total.
	l, scale := total, float32(4)
	if !k.squared {
		l = math.Sqrt(math.Max(total, 0))
		scale = float32(4 / (2*l + 1e-10))
	}
	k.gradient(m, n, d, scale)
	return l
}

// gram sizes the buffers, stacks Z = [y; x] and computes the squared row
// norms, the Gram rows y Z^T (k.gyz, m x N) and the upper triangle of x x^T
// (k.gxx).
func (k *mmdKernel) gram(y, x []float32, m, n, d int) {
	S := len(k.sigmas)
	N := m + n
	k.z = nn.Grow32(k.z, N*d)
	copy(k.z, y[:m*d])
	copy(k.z[m*d:], x[:n*d])
	k.gyz = nn.Grow32(k.gyz, m*N)
	k.gxx = nn.Grow32(k.gxx, n*n)
	k.norms = nn.Grow32(k.norms, N)
	k.arow = nn.Grow32(k.arow, m)
	k.grad = nn.Grow32(k.grad, m*d)
	k.partYY = grow64(k.partYY, m*S)
	k.partYX = grow64(k.partYX, m*S)
	k.partXX = grow64(k.partXX, n*S)

	z := k.z
	f32.ParFor(N, 256, func(_, lo, hi int) {
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
}

// sampleRows computes, for every sample row, the kernel values against all N
// rows, their per-sigma sums (k.partYY, k.partYX), the A matrix (in place of
// the Gram row) and its row sums (k.arow), a block of mmdBlock pairs at a time
// so the exps run vectorised (ExpScale32). Every sum keeps the pair order of
// an element-at-a-time loop.
func (k *mmdKernel) sampleRows(m, n int) {
	S := len(k.sigmas)
	N := m + n
	inv, norms := k.inv, k.norms
	cyy := float32(1 / float64(m*m))
	cyx := float32(-1 / float64(m*n))
	f32.ParFor(m, 8, func(_, lo, hi int) {
		b := k.newBlocks()
		for i := lo; i < hi; i++ {
			row := k.gyz[i*N : (i+1)*N]
			ni := norms[i]
			yy := k.partYY[i*S : (i+1)*S]
			yx := k.partYX[i*S : (i+1)*S]
			for s := range yy {
				yy[s], yx[s] = 0, 0
			}
			var asum float64
			for j0 := 0; j0 < N; j0 += mmdBlock {
				j1 := min(j0+mmdBlock, N)
				nb := j1 - j0
				b.distances(ni, norms[j0:j1], row[j0:j1])
				k.blockValues(b, nb)
				as := b.a[:nb]
				clear(as)
				split := min(max(m-j0, 0), nb) // pairs before split are sample-sample
				last := len(inv) - 1
				for s, is := range inv[:last] {
					kv := b.kv[s*mmdBlock : s*mmdBlock+nb]
					acc := yy[s]
					for _, v := range kv[:split] {
						acc += float64(v)
					}
					yy[s] = acc
					acc = yx[s]
					for _, v := range kv[split:] {
						acc += float64(v)
					}
					yx[s] = acc
					f32.SubScaled(as, kv, is)
				}
				// The last bandwidth's sums, its A term and the scaled A
				// row in one pass: the kernel-sum chain and the row-sum
				// chain are independent, so the CPU overlaps their add
				// latencies (separate loops ran one after the other).
				// Same operations in the same order: the same bits.
				kv := b.kv[last*mmdBlock : last*mmdBlock+nb]
				is := inv[last]
				out := row[j0 : j0+nb]
				var ab float32
				yy[last], ab = finishPairs(yy[last], ab, kv[:split], as[:split], out[:split], is, cyy)
				yx[last], ab = finishPairs(yx[last], ab, kv[split:], as[split:], out[split:], is, cyx)
				asum += float64(ab)
			}
			k.arow[i] = float32(asum)
		}
	})
}

// finishPairs adds the kernel values kv to the float64 sum acc and, for
// each pair, a = (as - kv*is)*c into out and onto the float32 row sum ab, in
// pair order; it returns both sums. The a values are computed vectorised
// first (f32.PairA, the scalar bits); the two sums are sequential chains
// whose order decides their bits, interleaved so the CPU overlaps their add
// latencies.
func finishPairs(acc float64, ab float32, kv, as, out []float32, is, c float32) (float64, float32) {
	out = out[:len(kv)]
	f32.PairA(out, as, kv, is, c)
	for jj, v := range kv {
		acc += float64(v)
		ab += out[jj]
	}
	return acc, ab
}

// dataPairs computes the data-data kernel sums (k.partXX); only the loss
// value needs them.
func (k *mmdKernel) dataPairs(m, n int) {
	S := len(k.sigmas)
	norms := k.norms
	f32.ParFor(n, 8, func(_, lo, hi int) {
		b := k.newBlocks()
		off := make([]float64, S)
		for i := lo; i < hi; i++ {
			row := k.gxx[i*n : (i+1)*n]
			ni := norms[m+i]
			xx := k.partXX[i*S : (i+1)*S]
			clear(off)
			for j0 := i + 1; j0 < n; j0 += mmdBlock {
				j1 := min(j0+mmdBlock, n)
				nb := j1 - j0
				b.distances(ni, norms[m+j0:m+j1], row[j0:j1])
				k.blockValues(b, nb)
				for s := range off {
					acc := off[s]
					for _, v := range b.kv[s*mmdBlock : s*mmdBlock+nb] {
						acc += float64(v)
					}
					off[s] = acc
				}
			}
			for s := range xx {
				xx[s] = 1 + 2*off[s] // 1: the diagonal, distance 0
			}
		}
	})
}

// combine adds the per-row sums into each sigma's MMD^2 (k.mmd2) and returns
// their total.
func (k *mmdKernel) combine(m, n int) float64 {
	S := len(k.sigmas)
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
	return total
}

// gradient stores scale (diag(a) y - A Z) in k.grad.
func (k *mmdKernel) gradient(m, n, d int, scale float32) {
	N := m + n
	z := k.z
	A := blas32.General{Rows: m, Cols: N, Stride: N, Data: k.gyz}
	Z := blas32.General{Rows: N, Cols: d, Stride: d, Data: z}
	Gr := blas32.General{Rows: m, Cols: d, Stride: d, Data: k.grad}
	blas32.Gemm(blas.NoTrans, blas.NoTrans, -scale, A, Z, 0, Gr)
	f32.ParFor(m, 64, func(_, lo, hi int) {
		for i := lo; i < hi; i++ {
			ai := k.arow[i] * scale
			g := k.grad[i*d : (i+1)*d]
			for j, v := range z[i*d : (i+1)*d] {
				g[j] += ai * v
			}
		}
	})
}

type mmdOp struct {
	nn.OpBase
	nn.ScalarShape
	k *mmdKernel
}

func newMMDOp(k *mmdKernel) *mmdOp {
	return &mmdOp{OpBase: nn.NewOpBase("sqrtMMD", nn.MatType, nn.MatType, nn.ScalarType), k: k}
}

func (op *mmdOp) Do(vs ...G.Value) (G.Value, error) {
	y, x, err := nn.F32Pair(vs)
	if err != nil {
		return nil, err
	}
	ys, xs := vs[0].Shape(), vs[1].Shape()
	if ys[1] != xs[1] {
		return nil, fmt.Errorf("sqrtMMD: samples %v vs data %v", ys, xs)
	}
	l := op.k.lossGrad(y, x, ys[0], xs[0], ys[1])
	return G.NewF32(float32(l)), nil
}

func (op *mmdOp) DiffWRT(int) []bool { return []bool{true, false} }

func (op *mmdOp) SymDiff(in G.Nodes, output, grad *G.Node) (G.Nodes, error) {
	dy, err := G.ApplyOp(newMMDGradOp(op.k), in[0], output, grad)
	if err != nil {
		return nil, err
	}
	return G.Nodes{dy, nil}, nil
}

type mmdGradOp struct {
	nn.OpBase
	nn.SameShape
	nn.GradOnly
	k   *mmdKernel
	out *tensor.Dense
}

func newMMDGradOp(k *mmdKernel) *mmdGradOp {
	return &mmdGradOp{OpBase: nn.NewOpBase("sqrtMMDGrad", nn.MatType, nn.ScalarType, nn.ScalarType, nn.MatType), k: k}
}

func (op *mmdGradOp) Do(vs ...G.Value) (G.Value, error) {
	g, err := nn.Scalar32(vs[2])
	if err != nil {
		return nil, err
	}
	s := vs[0].Shape()
	out := nn.Buffer(&op.out, s[0], s[1])
	d := out.Data().([]float32)
	if len(op.k.grad) != len(d) {
		return nil, fmt.Errorf("sqrtMMDGrad: gradient of %d elements for %v", len(op.k.grad), s)
	}
	for i, v := range op.k.grad {
		d[i] = v * g
	}
	return out, nil
}

// applyMMD adds the sqrt-MMD loss of samples against data.
func applyMMD(samples, data *G.Node, k *mmdKernel) (*G.Node, error) {
	return G.ApplyOp(newMMDOp(k), samples, data)
}
