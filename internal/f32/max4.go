package f32

import "math"

// Max4 writes into y[c] the largest of x[i0+c], x[i1+c], x[i2+c], x[i3+c]
// (the four pixels of a 2x2 pooling window, channel c) and into arg[c] its
// index: the first on ties, and a NaN never replaces the first, as an
// element-at-a-time strict > scan (Max4Scalar), whose bits the AVX2 kernel
// reproduces for the first len(y) &^ 7 channels.
func Max4(y []float32, arg []int32, x []float32, i0, i1, i2, i3 int) {
	C := len(y)
	arg = arg[:C]
	_, _, _, _ = x[i0+C-1], x[i1+C-1], x[i2+C-1], x[i3+C-1]
	v := max4Vec(y, arg, x, i0, i1, i2, i3)
	Max4Scalar(y[v:], arg[v:], x, i0+v, i1+v, i2+v, i3+v)
}

// Max4Scalar is Max4 one channel at a time. The winner is selected on bits
// (conditional moves, as maxout) rather than by a data-dependent branch.
func Max4Scalar(y []float32, arg []int32, x []float32, i0, i1, i2, i3 int) {
	C := len(y)
	arg = arg[:C]
	x0, x1, x2, x3 := x[i0:i0+C], x[i1:i1+C], x[i2:i2+C], x[i3:i3+C]
	for c := range y {
		best := x0[c]
		bb, bi := math.Float32bits(best), i0+c
		if v := x1[c]; v > best {
			bb, bi = math.Float32bits(v), i1+c
		}
		best = math.Float32frombits(bb)
		if v := x2[c]; v > best {
			bb, bi = math.Float32bits(v), i2+c
		}
		best = math.Float32frombits(bb)
		if v := x3[c]; v > best {
			bb, bi = math.Float32bits(v), i3+c
		}
		y[c], arg[c] = math.Float32frombits(bb), int32(bi)
	}
}
