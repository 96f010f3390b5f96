// Package artifact reads and writes ganpipe's artifacts as Apache Arrow IPC
// files: matrices (datasets, samples, codes), tensor sets (model parameters)
// and tables (metrics, training history). Any Arrow reader can open them.
package artifact
