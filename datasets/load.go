package datasets

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
)

// Set is a data set in plain form: N rows of D float32 features, row-major in
// X (len N*D), and one label per row (nil when the source has none). Rows and
// Cols give the image shape when the features are pixels (Rows*Cols*C == D
// for C channels stored one after the other), zero otherwise.
type Set struct {
	N, D       int
	X          []float32
	Labels     []int32
	Rows, Cols int
	Channels   int // image channels, stored HWC: a pixel's channels side by side (0 means 1)
}

// Row returns row i of X (a view, not a copy).
func (s *Set) Row(i int) []float32 { return s.X[i*s.D : (i+1)*s.D] }

// subset copies the rows idx (in that order) into a new Set.
func (s *Set) subset(idx []int) *Set {
	out := &Set{N: len(idx), D: s.D, X: make([]float32, len(idx)*s.D), Rows: s.Rows, Cols: s.Cols}
	if s.Labels != nil {
		out.Labels = make([]int32, len(idx))
	}
	for k, i := range idx {
		copy(out.X[k*s.D:(k+1)*s.D], s.X[i*s.D:(i+1)*s.D])
		if s.Labels != nil {
			out.Labels[k] = s.Labels[i]
		}
	}
	return out
}

// Splits are the train / validation / test sets of an image data set.
type Splits struct {
	Source string
	Files  Files
	Train  *Set
	Valid  *Set // nil when LoadOptions.Valid == 0
	Test   *Set
	// TrainIndex and ValidIndex are the rows of the original 60k training
	// file that make up Train and Valid (after limits), for provenance.
	TrainIndex, ValidIndex []int
	// TestIndex are the rows of the original test file kept in Test.
	TestIndex []int
}

// LoadOptions control Load.
type LoadOptions struct {
	// DataDir, if set, is the only directory searched (see Locate).
	DataDir string
	// Valid is the number of training images held out as validation set.
	Valid int
	// Seed selects the validation subset (see SplitPermutation).
	Seed uint64
	// ValidLast holds out the last Valid images of the training file instead
	// of a seeded random subset: MNIST's 50,000 / 10,000 split of pylearn2
	// (train 0-50000, valid 50000-60000), which the GAN authors used.
	ValidLast bool
	// Limit, if > 0, keeps only the first Limit training images (after the
	// validation hold-out); LimitEval, if > 0, does the same for valid and test.
	Limit, LimitEval int
	// Balanced makes each limited subset class-balanced: the first
	// floor(L/C) images of each of the C classes, in file order, and one more
	// for the first L mod C classes (by label value), so the counts differ by
	// at most one and sum to L. Without Balanced the first L images are kept.
	Balanced bool
}

// splitStream is the PCG stream constant of SplitPermutation. It is fixed so
// that a seed names the same split forever.
const splitStream = 0x67616e7069706531 // "ganpipe1"

// SplitPermutation returns the permutation of 0..n-1 that Load uses: a
// Fisher-Yates shuffle driven by math/rand/v2's PCG generator seeded with
// (seed, 0x67616e7069706531). For i = n-1 down to 1 it draws u = Uint64()
// and swaps positions i and u mod (i+1) (the modulo bias, < n/2^64, is
// irrelevant here). The PCG output sequence is specified by its algorithm,
// so the permutation does not depend on the Go release.
func SplitPermutation(n int, seed uint64) []int {
	g := rand.NewPCG(seed, splitStream)
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := int(g.Uint64() % uint64(i+1))
		p[i], p[j] = p[j], p[i]
	}
	return p
}

// Load reads source (mnist or fashion_mnist) and returns its splits with
// pixels scaled to [0,1] (byte/255). The validation set is the first
// opts.Valid entries of SplitPermutation(N, opts.Seed), N the number of
// images in the training file (60000 for MNIST), applied to the
// training file; the rest is Train. Both keep file order (the permutation
// picks rows, it does not reorder them), so limits keep "the first" images in
// file order. The test set is the test file. Same files and options give
// identical results.
func Load(ctx context.Context, source string, opts LoadOptions) (*Splits, error) {
	files, err := Locate(ctx, source, opts.DataDir)
	if err != nil {
		return nil, err
	}
	return LoadFiles(ctx, files, opts)
}

// LoadFiles is Load on already located files (opts.DataDir is ignored).
func LoadFiles(ctx context.Context, files Files, opts LoadOptions) (*Splits, error) {
	if opts.Valid < 0 || opts.Limit < 0 || opts.LimitEval < 0 {
		return nil, fmt.Errorf("load %s: negative valid/limit (%d/%d/%d)", files.Source, opts.Valid, opts.Limit, opts.LimitEval)
	}
	train, err := readImageSet(files.TrainImages, files.TrainLabels)
	if err != nil {
		return nil, fmt.Errorf("load %s train: %w", files.Source, err)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	test, err := readImageSet(files.TestImages, files.TestLabels)
	if err != nil {
		return nil, fmt.Errorf("load %s test: %w", files.Source, err)
	}
	if train.Rows != test.Rows || train.Cols != test.Cols {
		return nil, fmt.Errorf("load %s: train images are %dx%d but test images %dx%d", files.Source, train.Rows, train.Cols, test.Rows, test.Cols)
	}
	if opts.Valid >= train.N {
		return nil, fmt.Errorf("load %s: valid = %d leaves no training images (train file has %d)", files.Source, opts.Valid, train.N)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	validIdx, trainIdx := splitIndex(train.N, opts)
	testIdx := make([]int, test.N)
	for i := range testIdx {
		testIdx[i] = i
	}

	sp := &Splits{Source: files.Source, Files: files}
	if sp.TrainIndex, err = limitIndex(train.Labels, trainIdx, opts.Limit, opts.Balanced); err != nil {
		return nil, fmt.Errorf("load %s train: %w", files.Source, err)
	}
	if sp.TestIndex, err = limitIndex(test.Labels, testIdx, opts.LimitEval, opts.Balanced); err != nil {
		return nil, fmt.Errorf("load %s test: %w", files.Source, err)
	}
	sp.Train = train.subset(sp.TrainIndex)
	sp.Test = test.subset(sp.TestIndex)
	if opts.Valid > 0 {
		if sp.ValidIndex, err = limitIndex(train.Labels, validIdx, opts.LimitEval, opts.Balanced); err != nil {
			return nil, fmt.Errorf("load %s valid: %w", files.Source, err)
		}
		sp.Valid = train.subset(sp.ValidIndex)
	}
	return sp, nil
}

// splitIndex returns the validation and training rows of an n-image
// training file, each in file order: the last opts.Valid rows with
// ValidLast, else the first opts.Valid entries of SplitPermutation.
func splitIndex(n int, opts LoadOptions) (valid, train []int) {
	if opts.ValidLast {
		idx := make([]int, n)
		for i := range idx {
			idx[i] = i
		}
		return idx[n-opts.Valid:], idx[: n-opts.Valid : n-opts.Valid]
	}
	perm := SplitPermutation(n, opts.Seed)
	valid, train = slices.Clone(perm[:opts.Valid]), slices.Clone(perm[opts.Valid:])
	slices.Sort(valid)
	slices.Sort(train)
	return valid, train
}

// limitIndex keeps the first limit entries of idx, or with balanced the first
// floor(limit/C) of each class plus one for the first limit mod C classes.
func limitIndex(labels []int32, idx []int, limit int, balanced bool) ([]int, error) {
	if limit <= 0 {
		return idx, nil
	}
	if limit > len(idx) {
		return nil, fmt.Errorf("limit %d exceeds the %d available images", limit, len(idx))
	}
	if !balanced {
		return idx[:limit:limit], nil
	}
	byClass := map[int32][]int{}
	for _, i := range idx {
		byClass[labels[i]] = append(byClass[labels[i]], i)
	}
	classes := make([]int32, 0, len(byClass))
	for c := range byClass {
		classes = append(classes, c)
	}
	slices.Sort(classes)
	per, rem := limit/len(classes), limit%len(classes)
	out := make([]int, 0, limit)
	for k, c := range classes {
		want := per
		if k < rem {
			want++
		}
		if len(byClass[c]) < want {
			return nil, fmt.Errorf("balanced limit %d needs %d images of class %d, only %d available", limit, want, c, len(byClass[c]))
		}
		out = append(out, byClass[c][:want]...)
	}
	slices.Sort(out) // keep file order across classes
	return out, nil
}

// readImageSet reads an image file and its label file into a Set with pixels
// scaled to [0,1].
func readImageSet(imgPath, lblPath string) (*Set, error) {
	n, rows, cols, pix, err := ReadIDXImages(imgPath)
	if err != nil {
		return nil, err
	}
	lbl, err := ReadIDXLabels(lblPath)
	if err != nil {
		return nil, err
	}
	if len(lbl) != n {
		return nil, fmt.Errorf("%s has %d images but %s has %d labels", imgPath, n, lblPath, len(lbl))
	}
	s := &Set{N: n, D: rows * cols, Rows: rows, Cols: cols, X: make([]float32, len(pix)), Labels: make([]int32, n)}
	for i, p := range pix {
		s.X[i] = float32(p) / 255
	}
	for i, l := range lbl {
		s.Labels[i] = int32(l)
	}
	return s, nil
}
