package models

import (
	"os"
	"testing"

	"github.com/ganpipe/ganpipe/blas"
)

func TestMain(m *testing.M) {
	blas.Use()
	os.Exit(m.Run())
}
