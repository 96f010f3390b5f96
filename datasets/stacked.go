package datasets

import (
	"fmt"
	"math/rand/v2"
)

// Stack makes stacked MNIST (Metz et al. 2017; VEEGAN, PacGAN): n images
// whose three channels are three digits drawn uniformly at random, with
// replacement, from src. The 1000 modes are the digit triples; a stack's
// label is 100*l0 + 10*l1 + l2 (its mode). Pixels are stored HWC (the
// three channels of a pixel side by side, pixel by pixel: value
// (p*3 + c) is pixel p of channel c), the NHWC layout of the DCGAN that
// trains on them, so a stack goes into the discriminator as it is;
// Channel takes one channel back out as a plain MNIST image. Same seed,
// same stacks.
func Stack(src *Set, n int, seed uint64) (*Set, error) {
	if src.N == 0 || src.Labels == nil {
		return nil, fmt.Errorf("stacked mnist: the source has %d rows and labels %v", src.N, src.Labels != nil)
	}
	if n < 0 {
		return nil, fmt.Errorf("stacked mnist: negative count %d", n)
	}
	const channels = 3
	r := rand.New(rand.NewPCG(seed, 0x737461636b)) // "stack"
	d := src.D
	out := &Set{N: n, D: channels * d, X: make([]float32, n*channels*d), Labels: make([]int32, n),
		Rows: src.Rows, Cols: src.Cols, Channels: channels}
	for i := range n {
		label := int32(0)
		for c := range channels {
			j := r.IntN(src.N)
			row := out.X[i*channels*d : (i+1)*channels*d]
			for p, v := range src.Row(j) {
				row[p*channels+c] = v
			}
			label = 10*label + src.Labels[j]
		}
		out.Labels[i] = label
	}
	return out, nil
}

// Channel copies channel c of each of the n HWC images in x (rows of
// d*channels values, d pixels each) into dst, image after image (n rows of
// d values): the inverse of the interleaving Stack does. dst is grown or
// allocated as needed and returned.
func Channel(dst, x []float32, n, channels, c int) []float32 {
	if channels <= 0 || c < 0 || c >= channels || len(x)%max(n, 1) != 0 || (n > 0 && len(x)/n%channels != 0) {
		panic(fmt.Sprintf("datasets: Channel(%d values, n=%d, channels=%d, c=%d): bad shape", len(x), n, channels, c))
	}
	if n == 0 {
		return dst[:0]
	}
	d := len(x) / n / channels
	if cap(dst) < n*d {
		dst = make([]float32, n*d)
	}
	dst = dst[:n*d]
	for i := range n {
		img := x[i*d*channels : (i+1)*d*channels]
		out := dst[i*d : (i+1)*d]
		for p := range out {
			out[p] = img[p*channels+c]
		}
	}
	return dst
}
