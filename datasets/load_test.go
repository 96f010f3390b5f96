package datasets

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fixture writes a tiny MNIST-format data set: nTrain and nTest images of
// 2x3 pixels. Image i of a file has label i%10 (or labelOf(i) if given) and
// pixel j equal to (i + j) mod 256, so a loaded row identifies its source row.
func fixture(t *testing.T, dir string, nTrain, nTest int, gzipped bool, labelOf func(int) byte) {
	t.Helper()
	if labelOf == nil {
		labelOf = func(i int) byte { return byte(i % 10) }
	}
	write := func(stem string, n int) {
		pix := make([]byte, n*6)
		lbl := make([]byte, n)
		for i := range n {
			lbl[i] = labelOf(i)
			for j := range 6 {
				pix[i*6+j] = byte(i + j)
			}
		}
		img := idxBytes(idxMagicImages, []uint32{uint32(n), 2, 3}, pix)
		lab := idxBytes(idxMagicLabels, []uint32{uint32(n)}, lbl)
		suffix := ""
		if gzipped {
			img, lab, suffix = gz(t, img), gz(t, lab), ".gz"
		}
		writeFile(t, dir, stem+"-images-idx3-ubyte"+suffix, img)
		writeFile(t, dir, stem+"-labels-idx1-ubyte"+suffix, lab)
	}
	write("train", nTrain)
	write("t10k", nTest)
}

// sourceRow recovers the file row of a loaded fixture row from its first pixel
// (valid while the fixture has < 256 rows).
func sourceRow(s *Set, k int) int { return int(s.X[k*s.D]*255 + 0.5) }

func TestLoadSplits(t *testing.T) {
	ctx := context.Background()
	for _, gzipped := range []bool{false, true} {
		dir := t.TempDir()
		fixture(t, dir, 200, 50, gzipped, nil)
		sp, err := Load(ctx, MNIST, LoadOptions{DataDir: dir, Valid: 40, Seed: 7})
		if err != nil {
			t.Fatal(err)
		}
		if sp.Train.N != 160 || sp.Valid.N != 40 || sp.Test.N != 50 || sp.Train.D != 6 || sp.Train.Rows != 2 || sp.Train.Cols != 3 {
			t.Fatalf("gzip=%v: sizes train %d valid %d test %d d %d, want 160 40 50 6", gzipped, sp.Train.N, sp.Valid.N, sp.Test.N, sp.Train.D)
		}
		// Pixels scaled by /255: row r pixel j was byte r+j. Exact in float32
		// up to the division's rounding, so compare with 1e-7.
		for k := range sp.Train.N {
			r := sp.TrainIndex[k]
			for j := range 6 {
				want := float32(r+j) / 255
				if got := sp.Train.X[k*6+j]; got != want {
					t.Fatalf("train row %d pixel %d = %v, want %v", k, j, got, want)
				}
			}
			if sp.Train.Labels[k] != int32(r%10) {
				t.Fatalf("train row %d label %d, want %d", k, sp.Train.Labels[k], r%10)
			}
		}
		// Disjoint and covering: train ∪ valid = 0..199, each once.
		all := append(slices.Clone(sp.TrainIndex), sp.ValidIndex...)
		slices.Sort(all)
		for i, v := range all {
			if v != i {
				t.Fatalf("train+valid indices are not a partition of 0..199: %v", all)
			}
		}
		if !slices.IsSorted(sp.TrainIndex) || !slices.IsSorted(sp.ValidIndex) {
			t.Fatal("split indices should keep file order")
		}
		for k := range sp.Valid.N {
			if sourceRow(sp.Valid, k) != sp.ValidIndex[k] {
				t.Fatalf("valid row %d holds file row %d, index says %d", k, sourceRow(sp.Valid, k), sp.ValidIndex[k])
			}
		}
	}
}

func TestLoadDeterminism(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	fixture(t, dir, 200, 50, true, nil)
	load := func(seed uint64) *Splits {
		sp, err := Load(ctx, FashionMNIST, LoadOptions{DataDir: dir, Valid: 30, Seed: seed})
		if err != nil {
			t.Fatal(err)
		}
		return sp
	}
	a, b, c := load(1), load(1), load(2)
	if !slices.Equal(a.ValidIndex, b.ValidIndex) || !slices.Equal(a.Train.X, b.Train.X) {
		t.Fatal("same seed gave different splits")
	}
	if slices.Equal(a.ValidIndex, c.ValidIndex) {
		t.Fatal("seeds 1 and 2 gave the same validation set")
	}
	// Regression pin, not an independent reference: SplitPermutation(10, 1)
	// as this implementation produced it when written. A change here means
	// every seeded split (and every cache key built on one) silently changed.
	if got, want := SplitPermutation(10, 1), []int{3, 9, 8, 0, 2, 7, 5, 6, 1, 4}; !slices.Equal(got, want) {
		t.Fatalf("SplitPermutation(10, 1) = %v, want %v", got, want)
	}
	for n := range 50 {
		if p := SplitPermutation(n, 9); !isPerm(p) {
			t.Fatalf("SplitPermutation(%d, 9) = %v is not a permutation", n, p)
		}
	}
}

func isPerm(p []int) bool {
	seen := make([]bool, len(p))
	for _, v := range p {
		if v < 0 || v >= len(p) || seen[v] {
			return false
		}
		seen[v] = true
	}
	return true
}

func TestLoadLimits(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	// Skewed labels: rows 0..99 are class 0 or 1 (alternating), rows 100..199
	// cycle 0..9; a plain first-N limit is therefore unbalanced.
	label := func(i int) byte {
		if i < 100 {
			return byte(i % 2)
		}
		return byte(i % 10)
	}
	fixture(t, dir, 200, 120, false, label)

	cases := []struct {
		name               string
		opts               LoadOptions
		train, valid, test int
		balanced           bool
		wantErr            string
	}{
		{name: "first N", opts: LoadOptions{Valid: 20, Limit: 50, LimitEval: 10}, train: 50, valid: 10, test: 10},
		{name: "balanced", opts: LoadOptions{Valid: 60, Limit: 40, LimitEval: 10, Balanced: true}, train: 40, valid: 10, test: 10, balanced: true},
		{name: "balanced remainder", opts: LoadOptions{Valid: 20, Limit: 53, LimitEval: 0, Balanced: true}, train: 53, valid: 20, test: 120, balanced: true},
		{name: "no eval limit", opts: LoadOptions{Valid: 20, Limit: 30}, train: 30, valid: 20, test: 120},
		{name: "limit too big", opts: LoadOptions{Valid: 20, Limit: 181}, wantErr: "limit 181 exceeds the 180 available"},
		{name: "balanced impossible", opts: LoadOptions{Valid: 0, Limit: 150, Balanced: true}, wantErr: "class 2"},
		{name: "valid too big", opts: LoadOptions{Valid: 200}, wantErr: "leaves no training images"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tc.opts.DataDir = dir
			tc.opts.Seed = 3
			sp, err := Load(ctx, MNIST, tc.opts)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if sp.Train.N != tc.train || sp.Valid.N != tc.valid || sp.Test.N != tc.test {
				t.Fatalf("sizes %d/%d/%d, want %d/%d/%d", sp.Train.N, sp.Valid.N, sp.Test.N, tc.train, tc.valid, tc.test)
			}
			// The unlimited split with the same seed is the pool the limits pick from.
			all, err := Load(ctx, MNIST, LoadOptions{DataDir: dir, Valid: tc.opts.Valid, Seed: 3})
			if err != nil {
				t.Fatal(err)
			}
			if tc.balanced {
				checkBalanced(t, "train", sp.Train, all.Train, tc.opts.Limit)
				checkBalanced(t, "valid", sp.Valid, all.Valid, tc.opts.LimitEval)
				checkBalanced(t, "test", sp.Test, all.Test, tc.opts.LimitEval)
			}
			if !tc.balanced {
				// First N in file order of the (sorted) remaining train rows.
				if !slices.Equal(sp.TrainIndex, all.TrainIndex[:tc.train]) {
					t.Fatalf("limited train %v is not the first %d of %v", sp.TrainIndex, tc.train, all.TrainIndex)
				}
			}
		})
	}
}

// checkBalanced checks a balanced limit: with C classes in the pool, each
// class has floor(limit/C) images, one more for the limit mod C smallest
// labels. limit 0 means unlimited: the set must equal the pool.
func checkBalanced(t *testing.T, name string, got, pool *Set, limit int) {
	t.Helper()
	if limit == 0 {
		if !slices.Equal(got.Labels, pool.Labels) {
			t.Fatalf("%s: unlimited set differs from the pool", name)
		}
		return
	}
	var classes []int32
	for _, l := range pool.Labels {
		if !slices.Contains(classes, l) {
			classes = append(classes, l)
		}
	}
	slices.Sort(classes)
	counts := map[int32]int{}
	for _, l := range got.Labels {
		counts[l]++
	}
	for k, c := range classes {
		want := limit / len(classes)
		if k < limit%len(classes) {
			want++
		}
		if counts[c] != want {
			t.Fatalf("%s: class %d has %d of %d images, want %d (counts %v)", name, c, counts[c], got.N, want, counts)
		}
	}
}

func TestLocate(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	sub := filepath.Join(dir, "fashion-mnist")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	fixture(t, sub, 12, 12, true, nil)
	f, err := Locate(ctx, FashionMNIST, dir)
	if err != nil {
		t.Fatal(err)
	}
	if f.Dir != sub || f.TrainImages != filepath.Join(sub, "train-images-idx3-ubyte.gz") {
		t.Fatalf("located %+v, want files in %s", f, sub)
	}
	// Explicit dir without the files: an error naming it and how to get data,
	// no fallback to the system copy.
	_, err = Locate(ctx, MNIST, filepath.Join(dir, "empty"))
	if err == nil || !strings.Contains(err.Error(), "empty") || !strings.Contains(err.Error(), "go mod download") {
		t.Fatalf("err = %v, want a missing-data error naming the dir and `go mod download`", err)
	}
	if _, err := Locate(ctx, "cifar10", ""); err == nil {
		t.Fatal("unknown source accepted")
	}
}

// TestRealMNIST checks the real files when the module cache has them.
func TestRealMNIST(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 55 MB")
	}
	ctx := context.Background()
	f, err := Locate(ctx, MNIST, "")
	if err != nil {
		t.Skipf("MNIST not available: %v", err)
	}
	sp, err := LoadFiles(ctx, f, LoadOptions{Valid: 5000, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	if sp.Train.N+sp.Valid.N != 60000 || sp.Valid.N != 5000 || sp.Test.N != 10000 || sp.Train.D != 784 {
		t.Fatalf("MNIST train %d valid %d test %d d %d; want 55000 5000 10000 784", sp.Train.N, sp.Valid.N, sp.Test.N, sp.Train.D)
	}
	// MNIST's published class counts: the test set has 980 zeros and 1135 ones.
	var zeros, ones int
	for _, l := range sp.Test.Labels {
		switch l {
		case 0:
			zeros++
		case 1:
			ones++
		}
	}
	if zeros != 980 || ones != 1135 {
		t.Fatalf("test set has %d zeros and %d ones, want 980 and 1135", zeros, ones)
	}
}

// TestLoadValidLast: ValidLast holds out the last Valid rows of the training
// file (pylearn2's MNIST valid = train rows 50000-60000; here 160-200 of a
// 200-row fixture), the training split is rows 0-160 in file order, and the
// seed does not matter.
func TestLoadValidLast(t *testing.T) {
	dir := t.TempDir()
	fixture(t, dir, 200, 50, false, nil)
	for _, seed := range []uint64{1, 7} {
		sp, err := Load(context.Background(), MNIST, LoadOptions{DataDir: dir, Valid: 40, Seed: seed, ValidLast: true})
		if err != nil {
			t.Fatal(err)
		}
		if sp.Train.N != 160 || sp.Valid.N != 40 {
			t.Fatalf("sizes train %d valid %d, want 160 40", sp.Train.N, sp.Valid.N)
		}
		for k := range sp.Valid.N {
			if r := sourceRow(sp.Valid, k); r != 160+k || sp.ValidIndex[k] != 160+k {
				t.Fatalf("seed %d: valid row %d is file row %d (index %d), want %d", seed, k, r, sp.ValidIndex[k], 160+k)
			}
		}
		for k := range sp.Train.N {
			if r := sourceRow(sp.Train, k); r != k {
				t.Fatalf("seed %d: train row %d is file row %d, want %d", seed, k, r, k)
			}
		}
	}
}
