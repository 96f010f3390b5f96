package artifact

import (
	"path/filepath"
	"testing"
)

// BenchmarkMatrixWriteRead writes and reads an MNIST-train-sized matrix
// (60000x784 float32 + labels, 188 MB). SetBytes counts the payload once
// per direction, so MB/s is payload bytes moved per second of write+read.
func BenchmarkMatrixWriteRead(b *testing.B) {
	m := randMatrix(1, 60000, 784, true)
	p := filepath.Join(b.TempDir(), "m.arrow")
	payload := int64(len(m.Data)*4 + len(m.Labels)*4)
	b.SetBytes(2 * payload)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := WriteMatrix(p, m); err != nil {
			b.Fatal(err)
		}
		got, err := ReadMatrix(p)
		if err != nil {
			b.Fatal(err)
		}
		if got.Rows != m.Rows || got.Data[len(got.Data)-1] != m.Data[len(m.Data)-1] {
			b.Fatal("roundtrip mismatch")
		}
	}
}

// BenchmarkMatrixRead is the read half alone (a cached re-run reads).
func BenchmarkMatrixRead(b *testing.B) {
	m := randMatrix(1, 55000, 784, true)
	p := filepath.Join(b.TempDir(), "m.arrow")
	if err := WriteMatrix(p, m); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(m.Data)*4 + len(m.Labels)*4))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ReadMatrix(p); err != nil {
			b.Fatal(err)
		}
	}
}
