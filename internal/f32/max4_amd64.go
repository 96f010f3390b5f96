//go:build amd64

package f32

// max4AVX2 is Max4 for the first n channels (n a multiple of 8); max4_amd64.s.
//
//go:noescape
func max4AVX2(y *float32, arg *int32, x0, x1, x2, x3 *float32, i0, i1, i2, i3, n int)

// max4Vec runs Max4's vector part and returns how many channels it did.
func max4Vec(y []float32, arg []int32, x []float32, i0, i1, i2, i3 int) int {
	n := vec8(len(y))
	if n == 0 {
		return 0
	}
	max4AVX2(&y[0], &arg[0], &x[i0], &x[i1], &x[i2], &x[i3], i0, i1, i2, i3, n)
	return n
}
