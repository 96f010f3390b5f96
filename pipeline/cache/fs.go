package cache

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// FS is the filesystem Store. Layout under its root:
//
//	objects/<hex>.arrow   content-addressed objects (digest "sha256:<hex>")
//	objects/<hex>.ok      verification stamp: the object's size, mtime, ctime
//	                      and inode when its digest last checked out
//	actions/<key>.json    manifests, one per cache key
//	latest/<h>.json       last completed key per (pipeline, stage address)
//	locks/<key>.lock      flock(2) files, one per key
//	corrupt/<hex>.arrow   objects whose bytes no longer match their name
//	corrupt/<key>.json    manifests that could not be decoded
//	checkpoints/<key>/    in-stage checkpoints of a key not yet computed
//	live/<id>.lock        registrations of live processes (see live.go)
//	gc.lock               taken exclusively by gc, shared by live processes
//	tmp/                  temp files and stage output directories
//
// Every file that other readers may see is written to tmp/, fsynced and
// renamed into place, so readers never observe a partial file. The root must
// be on one filesystem (rename is only atomic within one).
type FS struct {
	dir  string
	live *liveReg // set on the copy Live returns
	// CheckpointPause makes every checkpoint write stop half-way for this
	// long: a test hook, so crash tests can kill a process mid-write.
	CheckpointPause time.Duration
	// PauseAfterCheckpoint makes a training stage stop for good right after
	// it has logged the checkpoint at this step (a test hook: a crash test
	// then kills a process known to be just past that checkpoint, instead
	// of racing it to the next one). 0: never.
	PauseAfterCheckpoint int64
}

// lockPoll is how often a blocked Lock retries flock(LOCK_NB). flock has no
// timed or interruptible blocking form, so polling is how ctx is honoured.
const lockPoll = 50 * time.Millisecond

var _ Store = (*FS)(nil)

// Open opens (creating if needed) a filesystem store rooted at dir.
func Open(dir string) (*FS, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("cache: open %s: %w", dir, err)
	}
	for _, sub := range []string{"objects", "actions", "latest", "locks", "corrupt", "tmp", "live", "checkpoints"} {
		if err := os.MkdirAll(filepath.Join(abs, sub), 0o755); err != nil {
			return nil, fmt.Errorf("cache: open %s: %w", dir, err)
		}
	}
	// gc.lock exists from the start, so that taking it (even in a dry run
	// of gc) never changes the store.
	f, err := os.OpenFile(filepath.Join(abs, "gc.lock"), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cache: open %s: %w", dir, err)
	}
	f.Close()
	return &FS{dir: abs}, nil
}

// Dir returns the store's root directory.
func (s *FS) Dir() string { return s.dir }

// TempDir makes a fresh directory under tmp/, on the same filesystem as the
// objects, so Put can rename instead of copying.
func (s *FS) TempDir() (string, error) {
	d, err := os.MkdirTemp(filepath.Join(s.dir, "tmp"), "stage-")
	if err != nil {
		return "", fmt.Errorf("cache: temp dir: %w", err)
	}
	return d, nil
}

// validName reports whether a key can safely be used as a file name.
func validName(key string) error {
	if key == "" || key[0] == '.' || len(key) > 200 {
		return fmt.Errorf("cache: invalid key %q", key)
	}
	for _, r := range key {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.'
		if !ok {
			return fmt.Errorf("cache: invalid key %q", key)
		}
	}
	return nil
}

// digestHex returns the hex part of a "sha256:<hex>" digest after checking it.
func digestHex(digest string) (string, error) {
	h, ok := strings.CutPrefix(digest, "sha256:")
	if !ok || len(h) != 64 {
		return "", fmt.Errorf("cache: invalid digest %q", digest)
	}
	if _, err := hex.DecodeString(h); err != nil || strings.ToLower(h) != h {
		return "", fmt.Errorf("cache: invalid digest %q", digest)
	}
	return h, nil
}

func (s *FS) objectPath(h string) string { return filepath.Join(s.dir, "objects", h+".arrow") }
func (s *FS) stampPath(h string) string  { return filepath.Join(s.dir, "objects", h+".ok") }
func (s *FS) actionPath(k string) string { return filepath.Join(s.dir, "actions", k+".json") }

// Get reads the manifest for key. It does not check the manifest's objects;
// Path does that when an output is used. A manifest that cannot be decoded is
// ErrCorrupt; a live store (see Live) also moves it to corrupt/, so the
// stage is recomputed and the bytes stay for inspection, and touches a good
// one so gc keeps it while this process may use it.
func (s *FS) Get(ctx context.Context, key string) (*Manifest, error) {
	if err := validName(key); err != nil {
		return nil, err
	}
	var m *Manifest
	err := s.shared(ctx, func() error {
		var err error
		m, err = s.readManifest(key)
		switch {
		case err == nil && s.live != nil:
			touch(s.actionPath(key))
		case errors.Is(err, ErrCorrupt) && s.live != nil:
			if qerr := s.quarantineManifest(key); qerr == nil {
				err = fmt.Errorf("%w; moved to corrupt/%s.json", err, key)
			}
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return m, nil
}

// readManifest decodes actions/<key>.json without side effects.
func (s *FS) readManifest(key string) (*Manifest, error) {
	b, err := os.ReadFile(s.actionPath(key))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("cache: manifest %s: %w", key, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("cache: manifest %s: %w", key, err)
	}
	if len(b) == 0 {
		return nil, fmt.Errorf("cache: manifest %s: %w: empty file", key, ErrCorrupt)
	}
	var m Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("cache: manifest %s: %w: %v", key, ErrCorrupt, err)
	}
	if m.Key != key {
		return nil, fmt.Errorf("cache: manifest %s: %w: it names key %q", key, ErrCorrupt, m.Key)
	}
	return &m, nil
}

// quarantineManifest moves an undecodable manifest to corrupt/<key>.json.
func (s *FS) quarantineManifest(key string) error {
	return os.Rename(s.actionPath(key), filepath.Join(s.dir, "corrupt", key+".json"))
}

// Put moves each file into objects/ and then writes the manifest. On any
// error no manifest is written; objects already stored stay (gc removes
// them if nothing refers to them).
func (s *FS) Put(ctx context.Context, m *Manifest, files map[string]string) error {
	if err := validName(m.Key); err != nil {
		return err
	}
	// Under the shared gc lock: gc must not collect an object we
	// deduplicate against between our check and our manifest.
	return s.shared(ctx, func() error { return s.put(ctx, m, files) })
}

func (s *FS) put(ctx context.Context, m *Manifest, files map[string]string) error {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	outputs := make(map[string]Object, len(files))
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("cache: put %s: %w", m.Key, err)
		}
		o, err := s.putObject(ctx, files[name])
		if err != nil {
			return fmt.Errorf("cache: put %s output %q: %w", m.Key, name, err)
		}
		outputs[name] = o
	}
	if err := syncDir(filepath.Join(s.dir, "objects")); err != nil {
		return fmt.Errorf("cache: put %s: %w", m.Key, err)
	}
	m.Outputs = outputs
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("cache: put %s: encode manifest: %w", m.Key, err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("cache: put %s: %w", m.Key, err)
	}
	if err := s.writeAtomic(s.actionPath(m.Key), append(b, '\n'), true); err != nil {
		return fmt.Errorf("cache: put %s: %w", m.Key, err)
	}
	return nil
}

// putObject hashes src and moves it into objects/. A file on the store's
// filesystem is fsynced and renamed; one elsewhere is copied into tmp/ while
// hashing. src is consumed either way.
func (s *FS) putObject(ctx context.Context, src string) (Object, error) {
	f, err := os.Open(src)
	if err != nil {
		return Object{}, err
	}
	defer f.Close()
	var srcStat, tmpStat unix.Stat_t
	if err := unix.Fstat(int(f.Fd()), &srcStat); err != nil {
		return Object{}, fmt.Errorf("stat %s: %w", src, err)
	}
	if err := unix.Stat(filepath.Join(s.dir, "tmp"), &tmpStat); err != nil {
		return Object{}, fmt.Errorf("stat tmp: %w", err)
	}

	h := sha256.New()
	var size int64
	staged := src // the file that will be renamed into objects/
	if srcStat.Dev == tmpStat.Dev {
		// Same filesystem: hash in place, then fsync through the same fd so
		// the bytes we hashed are the bytes made durable.
		if size, err = io.Copy(h, f); err != nil {
			return Object{}, fmt.Errorf("read %s: %w", src, err)
		}
		if err := f.Sync(); err != nil {
			return Object{}, fmt.Errorf("fsync %s: %w", src, err)
		}
	} else {
		tmp, err := os.CreateTemp(filepath.Join(s.dir, "tmp"), "obj-")
		if err != nil {
			return Object{}, err
		}
		staged = tmp.Name()
		size, err = io.Copy(io.MultiWriter(tmp, h), f)
		if err == nil {
			err = tmp.Sync()
		}
		if cerr := tmp.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(staged)
			return Object{}, fmt.Errorf("copy %s: %w", src, err)
		}
		defer os.Remove(src) // consumed, as in the rename case
	}
	hexsum := hex.EncodeToString(h.Sum(nil))
	o := Object{Digest: "sha256:" + hexsum, Size: size}

	// An existing object with the right digest makes ours redundant. A
	// corrupt one is quarantined by Path and then replaced by ours.
	if p, err := s.Path(ctx, o); err == nil {
		if err := os.Remove(staged); err != nil {
			return Object{}, fmt.Errorf("drop duplicate %s: %w", staged, err)
		}
		// The object may be old and unreferenced: make it as young as
		// the manifest about to name it, for gc's cutoff.
		touch(p)
		return o, nil
	}
	if err := os.Rename(staged, s.objectPath(hexsum)); err != nil {
		return Object{}, fmt.Errorf("store %s: %w", o.Digest, err)
	}
	// We just hashed these bytes: stamp them so the first Path is free.
	s.writeStamp(hexsum)
	return o, nil
}

// stamp is what Path remembers about an object whose digest checked out.
// ctime is included because it changes on any write, even one that restores
// the mtime afterwards; inode because a replaced file gets a new one.
type stamp struct {
	Size  int64  `json:"size"`
	Mtime int64  `json:"mtime_ns"`
	Ctime int64  `json:"ctime_ns"`
	Ino   uint64 `json:"ino"`
	Dev   uint64 `json:"dev"`
}

func statStamp(path string) (stamp, error) {
	var st unix.Stat_t
	if err := unix.Stat(path, &st); err != nil {
		if errors.Is(err, unix.ENOENT) {
			return stamp{}, fs.ErrNotExist
		}
		return stamp{}, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	return stamp{
		Size:  st.Size,
		Mtime: st.Mtim.Nano(),
		Ctime: st.Ctim.Nano(),
		Ino:   uint64(st.Ino),
		Dev:   uint64(st.Dev),
	}, nil
}

// writeStamp records the object's current identity as verified. Failing to
// write it only costs a rehash next time, so errors are ignored.
func (s *FS) writeStamp(h string) {
	st, err := statStamp(s.objectPath(h))
	if err != nil {
		return
	}
	b, _ := json.Marshal(st)
	_ = s.writeAtomic(s.stampPath(h), b, false)
}

// Path verifies the object and returns its path. Verification is memoized
// in the stamp file: if the object's size, mtime, ctime and inode are those
// recorded when it last hashed correctly, it is not hashed again.
func (s *FS) Path(ctx context.Context, o Object) (string, error) {
	h, err := digestHex(o.Digest)
	if err != nil {
		return "", err
	}
	p := s.objectPath(h)
	cur, err := statStamp(p)
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("cache: object %s: %w", o.Digest, ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("cache: object %s: %w", o.Digest, err)
	}
	if b, err := os.ReadFile(s.stampPath(h)); err == nil {
		var old stamp
		if json.Unmarshal(b, &old) == nil && old == cur && (o.Size <= 0 || o.Size == cur.Size) {
			return p, nil
		}
	}
	sum, n, err := hashFile(ctx, p)
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("cache: object %s: %w", o.Digest, ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("cache: object %s: %w", o.Digest, err)
	}
	if sum != h {
		s.quarantine(h)
		return "", fmt.Errorf("cache: object %s (%d bytes, hashes to sha256:%s): %w object", o.Digest, n, sum, ErrCorrupt)
	}
	if o.Size > 0 && n != o.Size {
		// The bytes match their name, so it is the caller's record that is
		// wrong; keep the object.
		return "", fmt.Errorf("cache: object %s is %d bytes, the manifest says %d: %w object", o.Digest, n, o.Size, ErrCorrupt)
	}
	s.writeStamp(h)
	return p, nil
}

// quarantine moves a corrupt object out of objects/ so it is recomputed, but
// keeps its bytes for inspection (one per digest, so this cannot grow
// without bound). Errors are ignored: another process may have got there first.
func (s *FS) quarantine(h string) {
	os.Remove(s.stampPath(h))
	if err := os.Rename(s.objectPath(h), filepath.Join(s.dir, "corrupt", h+".arrow")); err != nil {
		os.Remove(s.objectPath(h))
	}
}

func hashFile(ctx context.Context, path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, ctxReader{ctx, f})
	if err != nil {
		return "", n, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// ctxReader stops a long hash when ctx ends.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// writeAtomic writes b to path via a temp file in tmp/ and a rename. With
// durable, the temp file and the directory are fsynced.
func (s *FS) writeAtomic(path string, b []byte, durable bool) error {
	tmp, err := os.CreateTemp(filepath.Join(s.dir, "tmp"), "w-")
	if err != nil {
		return err
	}
	_, err = tmp.Write(b)
	if err == nil && durable {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", path, err)
	}
	if durable {
		return syncDir(filepath.Dir(path))
	}
	return nil
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("fsync %s: %w", dir, err)
	}
	return nil
}

// Lock takes an exclusive flock on locks/<key>.lock. flock locks belong to
// the open file description, so they exclude other goroutines of this
// process (each Lock opens its own) and other processes, and the kernel
// drops them when the holder dies. The lock file is never deleted: deleting
// it would let a waiter lock an unlinked inode while a newcomer locks a new one.
func (s *FS) Lock(ctx context.Context, key string) (func(), error) {
	if err := validName(key); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("cache: lock %s: %w", key, err)
	}
	path := filepath.Join(s.dir, "locks", key+".lock")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("cache: lock %s: %w", key, err)
	}
	if err := flockWait(ctx, f, unix.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("cache: lock %s: %w", key, err)
	}
	fd := int(f.Fd())
	var once sync.Once
	return func() {
		once.Do(func() {
			unix.Flock(fd, unix.LOCK_UN)
			f.Close()
		})
	}, nil
}

// latestRecord is the content of latest/<h>.json; pipeline and addr are kept
// so a lookup can confirm it read the right file.
type latestRecord struct {
	Pipeline string `json:"pipeline"`
	Addr     string `json:"addr"`
	Key      string `json:"key"`
}

func (s *FS) latestPath(pipeline, addr string) string {
	// The NUL separator keeps ("a", "b.c") and ("a.b", "c") apart.
	sum := sha256.Sum256([]byte(pipeline + "\x00" + addr))
	return filepath.Join(s.dir, "latest", hex.EncodeToString(sum[:])+".json")
}

// SetLatest records key as the last completed run of addr in pipeline.
func (s *FS) SetLatest(ctx context.Context, pipeline, addr, key string) error {
	if err := validName(key); err != nil {
		return err
	}
	b, err := json.Marshal(latestRecord{pipeline, addr, key})
	if err != nil {
		return fmt.Errorf("cache: set latest %s %s: %w", pipeline, addr, err)
	}
	if err := s.writeAtomic(s.latestPath(pipeline, addr), b, true); err != nil {
		return fmt.Errorf("cache: set latest %s %s: %w", pipeline, addr, err)
	}
	return nil
}

// Latest returns the key recorded by SetLatest, or ErrNotFound.
func (s *FS) Latest(ctx context.Context, pipeline, addr string) (string, error) {
	b, err := os.ReadFile(s.latestPath(pipeline, addr))
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("cache: latest %s %s: %w", pipeline, addr, ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("cache: latest %s %s: %w", pipeline, addr, err)
	}
	var r latestRecord
	if err := json.Unmarshal(b, &r); err != nil || r.Pipeline != pipeline || r.Addr != addr {
		return "", fmt.Errorf("cache: latest %s %s: %w", pipeline, addr, ErrCorrupt)
	}
	return r.Key, nil
}

// Manifests returns every manifest that decodes, sorted by key; Scan also
// names the ones that do not.
func (s *FS) Manifests(ctx context.Context) ([]*Manifest, error) {
	ms, _, err := s.Scan(ctx)
	return ms, err
}

// BadManifest is a manifest file that does not decode.
type BadManifest struct {
	Key  string
	Size int64
	Err  error
}

// Scan returns every manifest that decodes, sorted by key, and every one
// that does not, so that ls and gc can carry on past a damaged file and say
// so. It changes nothing.
func (s *FS) Scan(ctx context.Context) ([]*Manifest, []BadManifest, error) {
	ents, err := os.ReadDir(filepath.Join(s.dir, "actions"))
	if err != nil {
		return nil, nil, fmt.Errorf("cache: list manifests: %w", err)
	}
	var out []*Manifest
	var bad []BadManifest
	for _, e := range ents {
		key, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || e.IsDir() || validName(key) != nil {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		m, err := s.readManifest(key)
		if errors.Is(err, ErrNotFound) {
			continue // removed meanwhile
		}
		if errors.Is(err, ErrCorrupt) {
			var size int64
			if info, ierr := e.Info(); ierr == nil {
				size = info.Size()
			}
			bad = append(bad, BadManifest{Key: key, Size: size, Err: err})
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		out = append(out, m)
	}
	return out, bad, nil
}

// Objects returns every stored object, sorted by digest.
func (s *FS) Objects(ctx context.Context) ([]Object, error) {
	ents, err := os.ReadDir(filepath.Join(s.dir, "objects"))
	if err != nil {
		return nil, fmt.Errorf("cache: list objects: %w", err)
	}
	var out []Object
	for _, e := range ents {
		h, ok := strings.CutSuffix(e.Name(), ".arrow")
		if !ok || e.IsDir() {
			continue
		}
		if _, err := digestHex("sha256:" + h); err != nil {
			continue // not ours
		}
		info, err := e.Info()
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("cache: list objects: %w", err)
		}
		out = append(out, Object{Digest: "sha256:" + h, Size: info.Size()})
	}
	return out, nil
}

// Remove deletes manifests by key and objects by digest. Already-absent
// entries are not errors. Manifests go first so that an interrupted Remove
// never leaves a manifest naming a removed object it did not mean to orphan.
func (s *FS) Remove(ctx context.Context, keys []string, digests []string) error {
	var errs []error
	for _, k := range keys {
		if err := validName(k); err != nil {
			errs = append(errs, err)
			continue
		}
		if err := os.Remove(s.actionPath(k)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fmt.Errorf("cache: remove manifest %s: %w", k, err))
		}
	}
	for _, d := range digests {
		h, err := digestHex(d)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		os.Remove(s.stampPath(h))
		if err := os.Remove(s.objectPath(h)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fmt.Errorf("cache: remove object %s: %w", d, err))
		}
	}
	return errors.Join(errs...)
}
