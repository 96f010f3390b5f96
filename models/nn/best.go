package nn

// BestIterate keeps the training iterate with the lowest loss, as pynn's
// Learner does: evaluated before the first update and after every
// pynnSelectEvery-th, replaced only on a strictly lower loss, restored at the
// end of training.
type BestIterate struct {
	params [][]float32 // the graph's parameter slices (the model's own memory)
	eval   func() float64
	best   [][]float32
	Loss   float64 // the kept iterate's loss
	Iter   int     // the kept iterate's iteration (-1: none kept yet)
}

// NewBestIterate keeps the best of params' values by eval's loss (lower is
// better); params are the model's own slices, read and restored in place.
func NewBestIterate(params [][]float32, eval func() float64) *BestIterate {
	b := &BestIterate{params: params, eval: eval, best: make([][]float32, len(params)), Iter: -1}
	for i, p := range params {
		b.best[i] = make([]float32, len(p))
	}
	return b
}

// Check evaluates the current iterate (iteration it) and keeps it if its
// loss is strictly lower than the kept one's, or if none is kept yet.
func (b *BestIterate) Check(it int) {
	loss := b.eval()
	if b.Iter >= 0 && !(loss < b.Loss) {
		return
	}
	b.Loss, b.Iter = loss, it
	for i, p := range b.params {
		copy(b.best[i], p)
	}
}

// Restore copies the kept iterate back into the parameters.
func (b *BestIterate) Restore() {
	for i, p := range b.params {
		copy(p, b.best[i])
	}
}
