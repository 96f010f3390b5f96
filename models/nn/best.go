package nn

// bestIterate keeps the training iterate with the lowest loss, as pynn's
// Learner does: evaluated before the first update and after every
// pynnSelectEvery-th, replaced only on a strictly lower loss, restored at the
// end of training.
type bestIterate struct {
	params [][]float32 // the graph's parameter slices (the model's own memory)
	eval   func() float64
	best   [][]float32
	Loss   float64
	It     int
}

func NewBestIterate(params [][]float32, eval func() float64) *bestIterate {
	b := &bestIterate{params: params, eval: eval, best: make([][]float32, len(params)), It: -1}
	for i, p := range params {
		b.best[i] = make([]float32, len(p))
	}
	return b
}

func (b *bestIterate) Check(it int) {
	loss := b.eval()
	if b.It >= 0 && !(loss < b.Loss) {
		return
	}
	b.Loss, b.It = loss, it
	for i, p := range b.params {
		copy(b.best[i], p)
	}
}

func (b *bestIterate) Restore() {
	for i, p := range b.params {
		copy(p, b.best[i])
	}
}
