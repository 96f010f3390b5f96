package bench

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/ganpipe/ganpipe/internal/numtest"
	"github.com/ganpipe/ganpipe/models/nn"
)

func TestMedian(t *testing.T) {
	// Expected values by hand: the middle element, or the mean of the two.
	for _, tc := range []struct {
		in   []float64
		want float64
	}{
		{[]float64{5}, 5},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{1, 100, 2, 2, 3}, 2},
	} {
		in := append([]float64(nil), tc.in...)
		if got := median(tc.in); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.in, got, tc.want)
		}
		for i := range in {
			if in[i] != tc.in[i] {
				t.Errorf("median modified its input: %v -> %v", in, tc.in)
			}
		}
	}
	if !math.IsNaN(median(nil)) {
		t.Error("median(nil) should be NaN")
	}
}

func TestStepCount(t *testing.T) {
	opts := Options{Target: time.Second, MinSteps: 3, MaxSteps: 50}.withDefaults()
	for _, tc := range []struct {
		per  time.Duration
		want int
	}{
		{100 * time.Millisecond, 10}, // 1 s / 100 ms
		{300 * time.Millisecond, 3},  // floor(3.33)
		{time.Second, 3},             // clamped up to MinSteps
		{time.Millisecond, 50},       // clamped down to MaxSteps
		{0, 50},                      // immeasurably fast
	} {
		if got := stepCount(tc.per, opts); got != tc.want {
			t.Errorf("stepCount(%v) = %d, want %d", tc.per, got, tc.want)
		}
	}
}

// fakeClock advances only when a fake step runs, so timings are exact.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

func TestMeasureAdaptsStepCount(t *testing.T) {
	// Steps take 100, 200, 300, 400, 500, 100, 200, ... ms of fake time. Warm-up:
	// 2 steps (300 ms >= the 250 ms warm-up), mean 150 ms, so K = floor(1.5 s /
	// 150 ms) = 10 timed steps: 300,400,500,100,...,200 ms, median 300 ms.
	clk := &fakeClock{t: time.Unix(0, 0)}
	i := 0
	step := func() error {
		i++
		clk.t = clk.t.Add(time.Duration(100*(1+(i-1)%5)) * time.Millisecond)
		return nil
	}
	opts := Options{Target: 1500 * time.Millisecond, Warmup: 250 * time.Millisecond, now: clk.now}.withDefaults()
	times, _, err := measure(context.Background(), step, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(times) != 10 {
		t.Fatalf("timed %d steps, want 10", len(times))
	}
	ms := make([]float64, len(times))
	for j, d := range times {
		ms[j] = float64(d) / 1e6
	}
	if got := median(ms); got != 300 {
		t.Errorf("median %v ms, want 300", got)
	}
	if i != 12 {
		t.Errorf("step ran %d times, want 2 warm-up + 10", i)
	}
}

func TestRun(t *testing.T) {
	boom := errors.New("boom")
	okStep := func(int) (func() error, func(), error) { return func() error { return nil }, nil, nil }
	cleaned := 0
	withCleanup := func(int) (func() error, func(), error) {
		return func() error { return nil }, func() { cleaned++ }, nil
	}
	failing := func(int) (func() error, func(), error) {
		n := 0
		return func() error {
			if n++; n == 3 {
				return boom
			}
			return nil
		}, func() { cleaned++ }, nil
	}
	unavailable := func(int) (func() error, func(), error) { return nil, nil, ErrUnavailable }
	opts := Options{Target: time.Millisecond, Warmup: time.Millisecond, MinSteps: 3, MaxSteps: 5}
	for _, tc := range []struct {
		name    string
		ws      []Workload
		wantErr error
		wantN   int
		skipped []bool
		cleaned int
	}{
		{"ok", []Workload{{"a", 1e6, okStep}, {"b", 1e6, withCleanup}}, nil, 2, []bool{false, false}, 1},
		{"unavailable is skipped", []Workload{{"a", 1e6, unavailable}, {"b", 1e6, okStep}}, nil, 2, []bool{true, false}, 0},
		{"step error stops the run", []Workload{{"a", 1e6, okStep}, {"f", 1e6, failing}, {"c", 1e6, okStep}}, boom, 1, []bool{false}, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cleaned = 0
			rs, err := Run(context.Background(), tc.ws, opts)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if len(rs) != tc.wantN {
				t.Fatalf("%d results, want %d", len(rs), tc.wantN)
			}
			for i, r := range rs {
				if (r.Skipped != "") != tc.skipped[i] {
					t.Errorf("%s: skipped %q, want skipped=%v", r.Name, r.Skipped, tc.skipped[i])
				}
				if r.Skipped == "" && (r.Steps < 3 || r.Steps > 5 || !(r.GFlops > 0)) {
					t.Errorf("%s: %+v: want 3-5 steps and positive GFLOP/s", r.Name, r)
				}
			}
			if cleaned != tc.cleaned {
				t.Errorf("cleanup ran %d times, want %d", cleaned, tc.cleaned)
			}
		})
	}
}

func TestSelect(t *testing.T) {
	ws := Workloads()
	for _, tc := range []struct {
		expr string
		want []string
	}{
		{"^gemm$", []string{"gemm"}},
		{"ae_step", []string{"ae_step_b1000", "ae_step_b100"}},
		{"gmmn", []string{"gmmn_step", "gmmn_code_step"}},
		{"nothing", nil},
	} {
		got, err := Select(ws, tc.expr)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, w := range got {
			names = append(names, w.Name)
		}
		if strings.Join(names, ",") != strings.Join(tc.want, ",") {
			t.Errorf("Select(%q) = %v, want %v", tc.expr, names, tc.want)
		}
	}
	if _, err := Select(ws, "("); err == nil {
		t.Error("bad regexp accepted")
	}
}

func TestFlops(t *testing.T) {
	// Hand computations. AE layer products: 784*1024 + 1024*32 + 32*1024 +
	// 1024*784 = 1,671,168; forward and weight gradients 2*b*that each, input
	// gradients 2*b*(1,671,168 - 802,816). Code GMMN generator: 640 + 16,384 +
	// 65,536 + 262,144 + 32,768 = 377,472 (first 640 without input gradient);
	// Gram 2*2000^2*32 and its backward 2*1000*2000*32.
	want := map[string]float64{
		"gemm":           2 * 1000 * 1024 * 1024,
		"ae_step_b1000":  2*2*1000*1671168 + 2*1000*(1671168-802816),
		"ae_step_b100":   2*2*100*1671168 + 2*100*(1671168-802816),
		"gmmn_code_step": 2*2*1000*377472 + 2*1000*(377472-640) + 2*2000*2000*32 + 2*1000*2000*32,
		"parzen":         2 * 1e4 * 1e4 * 784,
		// classifier: 313,600 + 2,508,800 + 200,704 + 1,280 multiply-adds per
		// image; the first without an input gradient.
		"classifier_step": 2*2*64*313600 + 3*2*64*(2508800+200704+1280),
	}
	for _, w := range Workloads() {
		if v, ok := want[w.Name]; ok && w.Flops != v {
			t.Errorf("%s: %v FLOPs, want %v", w.Name, w.Flops, v)
		}
	}
}

// TestPeerFlopsAgree: peers.py computes GFLOP/s with its own copy of the
// formulas; they must match ours exactly (relative 1e-12: both are sums of
// exactly representable products).
func TestPeerFlopsAgree(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3:", err)
	}
	m, err := PeerFlops(context.Background(), py)
	if err != nil {
		t.Fatal(err)
	}
	ws := Workloads()
	if len(m) != len(ws) {
		t.Errorf("peer has %d workloads, we have %d", len(m), len(ws))
	}
	for _, w := range ws {
		f, ok := m[w.Name]
		if !ok {
			t.Errorf("%s: no peer workload", w.Name)
			continue
		}
		if !numtest.Rel(t, f, w.Flops, 1e-12, "sums of exactly representable products") {
			t.Errorf("%s: peer FLOPs vs ours", w.Name)
		}
	}
}

func TestGemmComputesProduct(t *testing.T) {
	// Brute-force float64 reference; float32 GEMM of 7 terms in [0,1) agrees
	// to far better than 1e-5 relative.
	a, b, c, step := newGemm(5, 7, 3)
	if err := step(); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		for j := 0; j < 3; j++ {
			var s float64
			for k := 0; k < 7; k++ {
				s += float64(a.Data[i*7+k]) * float64(b.Data[k*3+j])
			}
			if !numtest.Rel(t, float64(c.Data[i*3+j]), s, 1e-5, "float32 GEMM of 7 terms in [0,1)") {
				t.Errorf("c[%d,%d]", i, j)
			}
		}
	}
}

func TestObserverSteps(t *testing.T) {
	boom := errors.New("boom")
	for _, tc := range []struct {
		name      string
		failAt    int // iteration whose loop returns boom (0: never)
		steps     int
		wantIters int   // iterations run when the steps are done
		wantErr   error // from the last step
	}{
		{"one iteration per step", 0, 3, 4, nil},
		{"loop error surfaces", 3, 3, 2, boom},
	} {
		t.Run(tc.name, func(t *testing.T) {
			iters := 0
			var loopErr error
			exited := make(chan struct{})
			train := func(ctx context.Context, obs nn.Observer) error {
				defer close(exited)
				for it := 1; ; it++ {
					if err := ctx.Err(); err != nil {
						loopErr = err
						return err
					}
					if it == tc.failAt {
						return boom
					}
					iters++
					obs(it, 0, nil)
				}
			}
			step, cleanup, err := observerSteps(train)
			if err != nil {
				t.Fatal(err)
			}
			if iters != 1 {
				t.Fatalf("after setup %d iterations, want 1", iters)
			}
			for i := 0; i < tc.steps; i++ {
				err = step()
			}
			if !errors.Is(err, tc.wantErr) {
				t.Errorf("last step: %v, want %v", err, tc.wantErr)
			}
			if iters != tc.wantIters {
				t.Errorf("%d iterations, want %d", iters, tc.wantIters)
			}
			cleanup()
			select {
			case <-exited:
			case <-time.After(5 * time.Second):
				t.Fatal("training loop still running after cleanup")
			}
			if tc.wantErr == nil && !errors.Is(loopErr, context.Canceled) {
				t.Errorf("loop ended with %v, want context.Canceled", loopErr)
			}
		})
	}
}

// TestModelWorkloads runs the small model workloads on the real models package:
// setup, two steps, cleanup (a smoke test of the observer handoff with
// models.Train; speed is the benchmark's business, not the test's).
func TestModelWorkloads(t *testing.T) {
	if testing.Short() {
		t.Skip("runs real training steps")
	}
	ws, err := Select(Workloads(), "^(ae_step_b100|gmmn_code_step|gan_step|classifier_step|memorygan_step)$")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range ws {
		t.Run(w.Name, func(t *testing.T) {
			step, cleanup, err := w.Setup(2)
			if err != nil {
				t.Fatal(err)
			}
			defer cleanup()
			for i := 0; i < 2; i++ {
				if err := step(); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func TestCompareAndTables(t *testing.T) {
	ours := []Result{
		{Name: "gemm", MsPerStep: 20, GFlops: 100, Steps: 5},
		{Name: "gan_step", Skipped: "no GAN"},
		{Name: "ours_only", MsPerStep: 1, GFlops: 1, Steps: 3},
	}
	peer := []Result{{Name: "gemm", MsPerStep: 25, GFlops: 80}, {Name: "gan_step", MsPerStep: 60, GFlops: 50}, {Name: "peer_only", MsPerStep: 2}}
	rows := Compare(ours, peer)
	want := []Row{
		{Name: "gemm", OursMs: 20, PeerMs: 25, Ratio: 1.25, GFlops: 100, PeerGFlop: 80}, // 25/20 by hand
		{Name: "gan_step", PeerMs: 60, PeerGFlop: 50, Note: "no GAN"},
		{Name: "ours_only", OursMs: 1, GFlops: 1, Note: "no PyTorch peer"},
		{Name: "peer_only", PeerMs: 2, Note: "no ganpipe workload"},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d: %+v", len(rows), len(want), rows)
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("row %d = %+v, want %+v", i, rows[i], want[i])
		}
	}
	var buf bytes.Buffer
	if err := WriteComparison(&buf, rows, 200); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"1.25x", "50.0", "40.0", "no GAN"} { // 100/200 and 80/200 % of peak
		if !strings.Contains(buf.String(), s) {
			t.Errorf("comparison table lacks %q:\n%s", s, buf.String())
		}
	}
	buf.Reset()
	if err := WriteTable(&buf, ours, 200); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"20.00", "50.0", "skipped: no GAN"} {
		if !strings.Contains(buf.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, buf.String())
		}
	}
}

func TestPeerUnavailable(t *testing.T) {
	err := PeerAvailable(context.Background(), "/nonexistent/python3")
	if err == nil || !strings.Contains(err.Error(), "no Python interpreter") {
		t.Errorf("PeerAvailable(missing) = %v", err)
	}
}

// TestRunPeersGemm runs the real PyTorch peer on the GEMM when torch is there.
func TestRunPeersGemm(t *testing.T) {
	if testing.Short() {
		t.Skip("starts torch")
	}
	ctx := context.Background()
	if err := PeerAvailable(ctx, DefaultPython); err != nil {
		t.Skip(err)
	}
	p, err := RunPeers(ctx, PeerOptions{Threads: 1, Run: "^gemm$", Target: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Results) != 1 || p.Results[0].Name != "gemm" || !(p.Results[0].MsPerStep > 0) {
		t.Fatalf("results %+v", p.Results)
	}
	if !strings.Contains(p.Log, "libraries mapped") {
		t.Errorf("peer log does not report its BLAS:\n%s", p.Log)
	}
}

// BenchmarkWorkloads runs every workload as a Go benchmark (one sub-benchmark
// per name, e.g. -bench 'Workloads/gmmn_step'), with threads = GOMAXPROCS, and
// reports ms/step and GFLOP/s beside ns/op; -benchmem gives allocations per
// step and -cpuprofile a profile of the step alone (setup runs before the
// timer starts, the first training iteration inside Setup).
func BenchmarkWorkloads(b *testing.B) {
	for _, w := range Workloads() {
		b.Run(w.Name, func(b *testing.B) {
			step, cleanup, err := w.Setup(runtime.GOMAXPROCS(0))
			if errors.Is(err, ErrUnavailable) {
				b.Skip(err)
			}
			if err != nil {
				b.Fatal(err)
			}
			if cleanup != nil {
				defer cleanup()
			}
			if err := step(); err != nil { // warm-up
				b.Fatal(err)
			}
			b.ResetTimer()
			for b.Loop() {
				if err := step(); err != nil {
					b.Fatal(err)
				}
			}
			sec := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(sec*1e3, "ms/step")
			b.ReportMetric(w.Flops/sec/1e9, "GFLOP/s")
		})
	}
}

func TestHeapGrowth(t *testing.T) {
	// A step that retains 1 MiB per call retains exactly 10 MiB over 10 steps;
	// other garbage of the test binary freed between the two measurements can
	// offset that by a little, so the bound is 9 MiB. A step that allocates and
	// drops 1 MiB must show under 256 KiB (a loose bound for that same noise).
	var kept [][]byte
	leaky := func() error { kept = append(kept, make([]byte, 1<<20)); return nil }
	clean := func() error { _ = make([]byte, 1<<20); return nil }
	g, err := heapGrowth(context.Background(), leaky, 10)
	if err != nil {
		t.Fatal(err)
	}
	if g < 9<<20 {
		t.Errorf("leaky step: growth %d, want >= %d", g, 9<<20)
	}
	g, err = heapGrowth(context.Background(), clean, 10)
	if err != nil {
		t.Fatal(err)
	}
	if g > 256<<10 {
		t.Errorf("clean step: growth %d, want < 256 KiB", g)
	}
	runtime.KeepAlive(kept)
}
