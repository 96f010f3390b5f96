package datasets

import (
	"fmt"
	"math/rand/v2"
)

// Stack makes stacked MNIST (Metz et al. 2017; VEEGAN, PacGAN): n images
// whose three channels are three digits drawn uniformly at random, with
// replacement, from src. The 1000 modes are the digit triples; a stack's
// label is 100*l0 + 10*l1 + l2 (its mode). Channels are stored one after
// the other (channel-major, C x H x W: src.D values per channel), so a
// channel is a plain MNIST image. Same seed, same stacks.
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
			copy(out.X[(i*channels+c)*d:(i*channels+c+1)*d], src.Row(j))
			label = 10*label + src.Labels[j]
		}
		out.Labels[i] = label
	}
	return out, nil
}
