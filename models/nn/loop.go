package nn

import (
	"context"
	"errors"
	"fmt"
	"math"
)

// Loop is the one training loop every model runs: iterations 1..Iters of a
// model-specific Step, with ctx cancellation between iterations, a NaN guard
// (a Step reports a non-finite value through Finite; the loop calls
// OnDiverge and returns the wrapped ErrDiverged), best-iterate keeping,
// observer calls (the progress display and history) and checkpoints through
// Hook. The Step owns everything a model does differently (minibatches,
// forward/backward, optimizer updates, a GAN's two players); the loop owns
// the order in which the shared parts run, so every model checkpoints,
// stops and reports the same way.
//
// An iteration runs, in order: Step, Best.Check (every BestEvery), Terms
// and Observer (when Observer is set), Hook.Save (when Hook.Due).
type Loop struct {
	// Iters is the number of iterations; Unit names one in errors
	// ("iteration" when empty; the GAN's is "generator update").
	Iters int
	Unit  string

	// Step runs iteration it (1-based). An error wrapping ErrDiverged
	// (see Finite) stops the loop after OnDiverge.
	Step func(it int) error
	// Terms, if set, writes iteration it's observer terms (called only
	// when Observer is set, so computing them costs nothing otherwise).
	Terms    func(it int, terms map[string]float64)
	Observer Observer

	// Hook checkpoints and resumes the loop; State encodes what a
	// checkpoint holds. Both or neither.
	Hook  TrainHook
	State LoopState

	// Best, if set, keeps the iterate with the lowest loss: checked before
	// the first iteration of a fresh run and after every BestEvery-th,
	// reported as the terms kept_iter and kept_loss, and restored when the
	// loop ends without error. A checkpoint must hold it (GraphNet's does).
	Best      *BestIterate
	BestEvery int

	// OnDiverge, if set, runs when a Step reports divergence at it (the
	// GAN restores its last finite snapshot there).
	OnDiverge func(it int)
}

// LoopState is what a checkpoint of a Loop holds besides the caller's
// random generator (see TrainHook).
type LoopState interface {
	// SaveState encodes the state after iteration it.
	SaveState(it int) []byte
	// LoadState restores a state from SaveState and returns its iteration.
	LoadState(state []byte) (int, error)
}

// Finite returns nil when v is finite, and otherwise an error naming what
// (e.g. "loss" or "discriminator gradient norm") that wraps ErrDiverged: a
// Step returns it so the loop stops on the first non-finite value.
func Finite(what string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("%s %v: %w", what, v, ErrDiverged)
	}
	return nil
}

// Run runs the loop from the hook's checkpoint (if it has one) or from
// iteration 1.
func (l *Loop) Run(ctx context.Context) error {
	unit := l.Unit
	if unit == "" {
		unit = "iteration"
	}
	first, err := l.resume()
	if err != nil {
		return err
	}
	if l.Best != nil && first == 1 {
		l.Best.Check(0)
	}
	var terms map[string]float64
	if l.Observer != nil {
		terms = map[string]float64{}
	}
	for it := first; it <= l.Iters; it++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := l.Step(it); err != nil {
			if errors.Is(err, ErrDiverged) && l.OnDiverge != nil {
				l.OnDiverge(it)
			}
			return fmt.Errorf("%s %d: %w", unit, it, err)
		}
		if l.Best != nil && l.BestEvery > 0 && it%l.BestEvery == 0 {
			l.Best.Check(it)
		}
		if l.Observer != nil {
			if l.Terms != nil {
				l.Terms(it, terms)
			}
			if l.Best != nil {
				terms["kept_iter"] = float64(l.Best.Iter)
				terms["kept_loss"] = l.Best.Loss
			}
			l.Observer(it, l.Iters, terms)
		}
		if l.Hook != nil && l.Hook.Due(it) {
			if err := l.Hook.Save(it, l.State.SaveState(it)); err != nil {
				return fmt.Errorf("%s %d: checkpoint: %w", unit, it, err)
			}
		}
	}
	if l.Best != nil {
		l.Best.Restore()
	}
	return nil
}

// resume loads the hook's state, if any, and returns the first iteration.
func (l *Loop) resume() (int, error) {
	if l.Hook == nil {
		return 1, nil
	}
	if l.State == nil {
		return 0, errors.New("models: a training loop with a checkpoint hook needs a state to save")
	}
	state, err := l.Hook.Resume()
	if err != nil || state == nil {
		return 1, err
	}
	it, err := l.State.LoadState(state)
	if err != nil {
		return 0, err
	}
	return it + 1, nil
}
