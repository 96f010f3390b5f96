package cache

import (
	"context"
	"encoding/json"
	"errors"
	"time"
)

// ErrNotFound: no manifest for the key, or no object for the digest.
var ErrNotFound = errors.New("not in cache")

// ErrCorrupt: an object's bytes no longer hash to its name, or a manifest
// does not decode.
var ErrCorrupt = errors.New("corrupt")

// Object names one stored artifact.
type Object struct {
	Digest string `json:"digest"` // "sha256:<hex>"
	Size   int64  `json:"size"`
}

// Manifest records a completed stage run under its cache key.
type Manifest struct {
	Key      string            `json:"key"`      // hex SHA-256 of Record
	Record   json.RawMessage   `json:"record"`   // the canonical key record
	Addr     string            `json:"addr"`     // stage address that produced it
	Outputs  map[string]Object `json:"outputs"`  // output name -> object
	Duration float64           `json:"duration"` // seconds of compute
	Host     string            `json:"host"`
	Finished time.Time         `json:"finished"`
}

// Store is the cache seen by the executor. Every implementation must pass
// the conformance suite in cachetest.
type Store interface {
	// Get returns the manifest stored under key, or ErrNotFound.
	Get(ctx context.Context, key string) (*Manifest, error)
	// Put moves each file (output name -> path in TempDir) into the object
	// store (temp, fsync, rename), fills m.Outputs, and writes the manifest last.
	Put(ctx context.Context, m *Manifest, files map[string]string) error
	// Path returns the local path of an object after checking its digest;
	// ErrNotFound if missing, ErrCorrupt if its bytes changed.
	Path(ctx context.Context, o Object) (string, error)
	// Lock takes the per-key lock, blocking until it is free or ctx ends. It
	// works across processes. The returned func releases it.
	Lock(ctx context.Context, key string) (func(), error)
	// TempDir makes a fresh directory on the store's filesystem for a stage's
	// outputs; the caller removes it after Put.
	TempDir() (string, error)
	// SetLatest / Latest remember, per pipeline and stage address, the key of
	// the last completed run, so plan can say which key fields changed.
	SetLatest(ctx context.Context, pipeline, addr, key string) error
	Latest(ctx context.Context, pipeline, addr string) (string, error)
	// Manifests lists every manifest; Objects every object digest; Remove
	// deletes manifests by key and objects by digest (gc).
	Manifests(ctx context.Context) ([]*Manifest, error)
	Objects(ctx context.Context) ([]Object, error)
	Remove(ctx context.Context, keys []string, digests []string) error
}
