package artifact

// Each artifact type has Write<T>(path, *T) and Read<T>(path) (*T, error).
// Writes are deterministic: the same value gives the same bytes.
// Describe(path) summarises any artifact for `ganpipe show`.
