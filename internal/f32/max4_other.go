//go:build !amd64

package f32

func max4Vec([]float32, []int32, []float32, int, int, int, int) int { return 0 }
