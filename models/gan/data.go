package gan

// A tanh generator covers [-1, 1]; image data lives in [0, 1]. The GAN is
// trained on data mapped by ToTanhRange (2x - 1) and its samples are mapped
// back by FromTanhRange ((x + 1) / 2) before anything downstream (Parzen,
// FID, sample grids) sees them, so those stages are unchanged.

// ToTanhRange returns 2x - 1 of every element, in a new slice.
func ToTanhRange(x []float32) []float32 {
	y := make([]float32, len(x))
	for i, v := range x {
		y[i] = 2*v - 1
	}
	return y
}

// FromTanhRange maps x to (x + 1) / 2 in place and returns it.
func FromTanhRange(x []float32) []float32 {
	for i, v := range x {
		x[i] = (v + 1) / 2
	}
	return x
}
