package nn

import (
	"fmt"
	"math"
	"runtime"
	"sort"

	"github.com/ganpipe/ganpipe/internal/f32"
)

// OptimizerKind names an update rule.
type OptimizerKind string

// The supported update rules.
const (
	OptSGD     OptimizerKind = "sgd"
	OptAdam    OptimizerKind = "adam"
	OptRMSProp OptimizerKind = "rmsprop"
)

// Valid reports whether k names a supported update rule ("" included: sgd).
func (k OptimizerKind) Valid() error {
	switch k {
	case "", OptSGD, OptAdam, OptRMSProp:
		return nil
	}
	return fmt.Errorf("models: unknown optimizer %q (want sgd, adam or rmsprop)", string(k))
}

// Optimizer configures one parameter group's update rule, the one type
// every model's training uses (AE, GMMN, GAN family, classifier).
//
// The learning rate and momentum come in one of two forms:
//
//   - Schedule (the authors' pyopt, used by the AE and GMMN): piecewise-constant
//     phases of LR and Momentum (see Phase); LR, Decay, Momentum,
//     MomentumEnd, MomentumRamp and WeightDecay stay unset. Only sgd.
//   - LR / Momentum (pylearn2 and the GAN papers): lr = max(MinLR, LR /
//     Decay^(t-1)) (Goodfellow's /1.000004 per update when Decay = 1.000004,
//     pylearn2's ExponentialDecay with its min_lr), momentum ramped linearly
//     from Momentum to MomentumEnd over MomentumRamp updates, or with
//     MomentumEpoch > 0 over MomentumRamp epochs of MomentumEpoch updates,
//     held constant within an epoch (pylearn2's MomentumAdjustor; 0.5 -> 0.7
//     in the GAN paper's MNIST setting).
//
// The rules (Kind):
//
//   - sgd: v <- m v - lr g; w <- w + v (sgd.go). g is the gradient of the
//     minibatch-mean loss: LR is the papers' learning rate, NOT to be divided
//     by Batch again (the authors' code sums the loss and divides the
//     gradient by the batch size, which is the same thing).
//   - adam: Kingma & Ba with bias correction, (Beta1, Beta2, Eps) (adam.go).
//   - rmsprop: s <- rho s + (1-rho) g^2; w <- w - lr g / (sqrt(s) + Eps), rho =
//     Beta2 (PyTorch's RMSprop without momentum, the WGAN paper's choice)
//     (adam.go).
//
// WeightDecay adds WeightDecay*w to g (L2) before the rule. Clip > 0 (the
// schedule form) rescales g so its global L2 norm over all parameters is at
// most Clip (the authors' max_grad_norm; "global" is our reading).
type Optimizer struct {
	Kind OptimizerKind

	Schedule []Phase

	LR           float64
	Decay        float64 // sgd: divide lr by this every update (0 or 1: none)
	MinLR        float64 // sgd: the decayed lr's floor (0: none)
	Momentum     float64 // sgd
	MomentumEnd  float64 // sgd: momentum reached after MomentumRamp updates (or epochs)
	MomentumRamp int
	// MomentumEpoch > 0 ramps the momentum once per epoch of this many
	// updates instead of every update: epoch e (0-based) uses
	// Momentum + min(1, e/MomentumRamp) (MomentumEnd - Momentum). pylearn2's
	// MomentumAdjustor(start 1, saturate S) is MomentumRamp = S - 1: its
	// count is 1 during the first epoch (the monitor runs once before
	// training) and alpha = (count - start) / (saturate - start).
	MomentumEpoch int

	Beta1, Beta2 float64 // adam; rmsprop uses Beta2 as rho
	Eps          float64
	WeightDecay  float64
	Clip         float64

	// Batch is the minibatch size, for the trainers that take it from their
	// optimizer (the AE and GMMN, whose specs set it beside the schedule).
	Batch int
	// Hook, if set, checkpoints and resumes the loop using this optimizer
	// (see TrainHook). It does not change results.
	Hook TrainHook
}

// Phase is one piece of a piecewise-constant schedule: from the 1-based iteration
// From on (until the next phase), use LR and Momentum. This matches the authors'
// pyopt schedules, where {10000: lr/10} applies from iteration 10000.
type Phase struct {
	From         int
	LR, Momentum float64
}

// Validate checks ranges and fills defaults (sgd when Kind is empty; Adam
// 0.9/0.999/1e-8, RMSProp rho 0.99 eps 1e-8). It may be called again.
func (o *Optimizer) Validate() error {
	if o.Kind == "" {
		o.Kind = OptSGD
	}
	if err := o.Kind.Valid(); err != nil {
		return err
	}
	if len(o.Schedule) > 0 {
		if err := o.validateSchedule(); err != nil {
			return err
		}
	} else if err := o.validateRate(); err != nil {
		return err
	}
	switch o.Kind {
	case OptAdam:
		if o.Beta1 == 0 && o.Beta2 == 0 {
			o.Beta1, o.Beta2 = 0.9, 0.999
		}
	case OptRMSProp:
		if o.Beta2 == 0 {
			o.Beta2 = 0.99
		}
	}
	if o.Beta1 < 0 || o.Beta1 >= 1 || o.Beta2 < 0 || o.Beta2 >= 1 {
		return fmt.Errorf("models: optimizer betas (%v, %v) outside [0,1)", o.Beta1, o.Beta2)
	}
	if o.Eps == 0 {
		o.Eps = 1e-8
	}
	return nil
}

// validateSchedule checks the schedule form.
func (o *Optimizer) validateSchedule() error {
	if o.Kind != OptSGD {
		return fmt.Errorf("models: a learning-rate schedule is for sgd, not %s", o.Kind)
	}
	if o.LR != 0 || o.Momentum != 0 || o.MomentumEnd != 0 || o.MomentumRamp != 0 || o.Decay > 1 || o.WeightDecay != 0 ||
		o.MinLR != 0 || o.MomentumEpoch != 0 {
		return fmt.Errorf("models: optimizer has a schedule and lr/momentum/decay/weight decay: set one form")
	}
	for i, p := range o.Schedule {
		if i > 0 && p.From <= o.Schedule[i-1].From {
			return fmt.Errorf("models: SGD schedule phases must have increasing From (phase %d: %d after %d)", i, p.From, o.Schedule[i-1].From)
		}
		if p.LR < 0 || p.Momentum < 0 || p.Momentum >= 1 || math.IsNaN(p.LR) {
			return fmt.Errorf("models: SGD phase %d: lr %v momentum %v out of range", i, p.LR, p.Momentum)
		}
	}
	if o.Clip < 0 || math.IsNaN(o.Clip) {
		return fmt.Errorf("models: gradient clip %v must not be negative", o.Clip)
	}
	return nil
}

// validateRate checks the LR / Momentum form.
func (o *Optimizer) validateRate() error {
	if !(o.LR > 0) || math.IsInf(o.LR, 0) {
		return fmt.Errorf("models: optimizer learning rate %v must be positive", o.LR)
	}
	if o.Clip != 0 {
		return fmt.Errorf("models: gradient clipping is implemented for the scheduled SGD (autoencoder, GMMN) only")
	}
	if o.Kind != OptSGD {
		return nil
	}
	if o.Momentum < 0 || o.Momentum >= 1 || o.MomentumEnd < 0 || o.MomentumEnd >= 1 {
		return fmt.Errorf("models: sgd momentum %v -> %v outside [0,1)", o.Momentum, o.MomentumEnd)
	}
	if o.MomentumRamp == 0 {
		o.MomentumEnd = o.Momentum
	}
	if o.Decay == 0 {
		o.Decay = 1
	}
	if o.Decay < 1 {
		return fmt.Errorf("models: sgd decay %v must be >= 1 (lr is divided by it every update)", o.Decay)
	}
	if o.MinLR < 0 || o.MinLR > o.LR || o.MomentumEpoch < 0 || o.MomentumRamp < 0 {
		return fmt.Errorf("models: sgd min lr %v (want 0 <= min lr <= lr %v), momentum epoch %d and ramp %d (want >= 0)",
			o.MinLR, o.LR, o.MomentumEpoch, o.MomentumRamp)
	}
	return nil
}

// OptState is the running state of one Optimizer over a fixed parameter
// list: the update count T and the moments (M: sgd's velocity or Adam's
// first moment; V: the second moment, nil for sgd).
type OptState struct {
	o     Optimizer
	T     int
	M, V  [][]float32
	norms []float64 // per-array sums of squared gradients (step's scratch)
	mom   momentum  // the scheduled SGD's scratch
}

// NewOptState starts o (validated) on params.
func NewOptState(o Optimizer, params [][]float32) *OptState {
	s := &OptState{o: o}
	for _, p := range params {
		s.M = append(s.M, make([]float32, len(p)))
		if o.Kind != OptSGD {
			s.V = append(s.V, make([]float32, len(p)))
		}
	}
	return s
}

// LearningRateMomentum returns the learning rate and momentum of update t (1-based).
func (s *OptState) LearningRateMomentum(t int) (lr, momentum float64) {
	o := s.o
	if len(o.Schedule) > 0 {
		p := o.Schedule[0] // before the first phase's From the first phase applies
		for _, q := range o.Schedule[1:] {
			if t >= q.From {
				p = q
			}
		}
		return p.LR, p.Momentum
	}
	lr = o.LR
	if o.Kind == OptSGD && o.Decay > 1 {
		lr = max(o.MinLR, o.LR/math.Pow(o.Decay, float64(t-1)))
	}
	momentum = o.Momentum
	if o.MomentumRamp > 0 {
		step := t - 1 // updates (or with MomentumEpoch, epochs) completed
		if o.MomentumEpoch > 0 {
			step = (t - 1) / o.MomentumEpoch
		}
		f := math.Min(1, float64(step)/float64(o.MomentumRamp))
		momentum = o.Momentum + f*(o.MomentumEnd-o.Momentum)
	}
	return lr, momentum
}

// Step applies one update to params given grads (same shapes) and returns the
// global gradient norm (before weight decay and clipping).
//
// Two norms, each the one its models' histories (grad_norm) were recorded
// with, so neither may change: the scheduled SGD sums float32 squares over
// 1024-value blocks into a float64 (pyopt's float32 arithmetic; sgd.go);
// the other form sums float64 squares per array (sumSq64, chunk after
// chunk; the arrays' sums then added in order), the arrays on different
// CPUs. For SGD the update of a chunk follows its sum while the chunk is in
// cache (the update does not depend on the norm unless clipping).
func (s *OptState) Step(params, grads [][]float32) float64 {
	s.T++
	o := s.o
	lr, mom := s.LearningRateMomentum(s.T)
	if len(o.Schedule) > 0 {
		return s.mom.step(params, grads, s.M, lr, mom, o.Clip)
	}
	if len(s.norms) != len(grads) {
		s.norms = make([]float64, len(grads))
	}
	norms := s.norms
	wd := float32(o.WeightDecay)
	lr32, m32 := float32(lr), float32(mom)
	parArrays(grads, func(k int) {
		g := grads[k]
		var a float64
		for c := 0; c < len(g); c += optChunk {
			e := min(c+optChunk, len(g))
			a = sumSq64(a, g[c:e])
			if o.Kind == OptSGD {
				f32.SGDUpdate(params[k][c:e], s.M[k][c:e], g[c:e], m32, lr32, wd)
			}
		}
		norms[k] = a
	})
	var ss float64
	for _, a := range norms {
		ss += a
	}
	switch o.Kind {
	case OptAdam:
		adamStep(params, grads, s.M, s.V, lr, wd, o.Beta1, o.Beta2, o.Eps, s.T)
	case OptRMSProp:
		rmspropStep(params, grads, s.V, lr32, wd, float32(o.Beta2), float32(o.Eps))
	}
	return math.Sqrt(ss)
}

// optChunk is the span of an array whose SGD update follows its part of the
// norm chain (16 KB of gradients: in L1 when the update reads them again).
const optChunk = 4096

// sumSq64 returns a plus the squares of g in float64, in four interleaved
// chains (elements i mod 4) joined at the end. Why four: one chain waits on
// the add's latency (~4 cycles an element; 6% of a GAN step); the norm is
// only reported and checked for divergence, so its last bits may differ
// from an element-at-a-time sum (the test allows the reordering error bound,
// n u relative).
func sumSq64(a float64, g []float32) float64 {
	var s0, s1, s2, s3 float64
	i := 0
	for ; i+4 <= len(g); i += 4 {
		v0, v1, v2, v3 := float64(g[i]), float64(g[i+1]), float64(g[i+2]), float64(g[i+3])
		s0 += v0 * v0
		s1 += v1 * v1
		s2 += v2 * v2
		s3 += v3 * v3
	}
	for ; i < len(g); i++ {
		v := float64(g[i])
		s0 += v * v
	}
	return a + ((s0 + s1) + (s2 + s3))
}

// parArrays calls fn(k) for every array index, spreading the arrays over the
// CPUs (largest first, each to the least loaded goroutine); small totals run
// inline. fn(k) must only touch array k's data.
func parArrays(arrays [][]float32, fn func(k int)) {
	total := 0
	for _, a := range arrays {
		total += len(a)
	}
	p := min(runtime.NumCPU(), len(arrays))
	if p <= 1 || total < 2*f32.MinChunk {
		for k := range arrays {
			fn(k)
		}
		return
	}
	order := make([]int, len(arrays))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return len(arrays[order[a]]) > len(arrays[order[b]]) })
	work := make([][]int, p)
	load := make([]int, p)
	for _, k := range order {
		w := 0
		for j := range load {
			if load[j] < load[w] {
				w = j
			}
		}
		work[w] = append(work[w], k)
		load[w] += len(arrays[k]) + 1
	}
	f32.RunParts(p, func(j int) {
		for _, k := range work[j] {
			fn(k)
		}
	})
}

// ValidateBatched is Validate for the trainers that take their minibatch
// size from the optimizer (the AE and GMMN): Batch must be positive too.
func (o *Optimizer) ValidateBatched() error {
	if o.Batch <= 0 {
		return fmt.Errorf("models: SGD batch size %d must be positive", o.Batch)
	}
	return o.Validate()
}
