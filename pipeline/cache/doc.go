// Package cache is ganpipe's content-addressed artifact store: immutable
// objects named by the SHA-256 of their bytes, and manifests (one per cache
// key) that map a stage's outputs to objects. A manifest is written only after
// every object it names is durable, so a manifest exists only for a complete
// result.
package cache
