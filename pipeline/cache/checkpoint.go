package cache

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// In-stage checkpoints live under checkpoints/<key>/, one directory per
// cache key that is being computed:
//
//	owner.json              which pipeline and stage the key belongs to
//	<step, 16 digits>.ckpt  a checkpoint: header, payload, SHA-256 trailer
//
// A checkpoint is written to tmp/, fsynced and renamed into place, and only
// then are older ones removed (the newest two are kept), so a crash at any
// point leaves the previous checkpoint intact, and a newest one that rots
// on disk still leaves one to resume from. The trailer makes a torn or bit-rotten file detectable;
// such a file is moved to corrupt/ and the next older one is used. The
// directory goes when the key's manifest is written.

const ckptMagic = "ganpipe-checkpoint 1\n"

// CheckpointOwner names the stage a checkpoint belongs to, so gc can keep a
// checkpoint of a stage whose key is not known yet, and ls can name it.
type CheckpointOwner struct {
	Pipeline string `json:"pipeline"`
	Addr     string `json:"addr"`
}

// CheckpointHeader describes a checkpoint without its payload.
type CheckpointHeader struct {
	Step  int64     `json:"step"`  // iterations done, over all phases
	Total int64     `json:"total"` // iterations in all
	Phase string    `json:"phase"` // what was running ("train", "pretrain layer 2")
	Saved time.Time `json:"saved"`
}

// CheckpointInfo is an in-progress checkpoint as ls shows it.
type CheckpointInfo struct {
	Key    string
	Owner  CheckpointOwner
	Header CheckpointHeader
	Size   int64 // bytes of every file under the key's directory
}

func (s *FS) ckptDir(key string) string { return filepath.Join(s.dir, "checkpoints", key) }

// SaveCheckpoint stores a checkpoint for key durably, then removes the older
// ones of the key.
func (s *FS) SaveCheckpoint(ctx context.Context, key string, owner CheckpointOwner, h CheckpointHeader, payload []byte) error {
	if err := validName(key); err != nil {
		return err
	}
	dir := s.ckptDir(key)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cache: checkpoint %s: %w", key, err)
	}
	ob, _ := json.Marshal(owner)
	if err := s.writeAtomic(filepath.Join(dir, "owner.json"), ob, false); err != nil {
		return fmt.Errorf("cache: checkpoint %s: %w", key, err)
	}
	hb, err := json.Marshal(h)
	if err != nil {
		return fmt.Errorf("cache: checkpoint %s: %w", key, err)
	}
	var buf bytes.Buffer
	buf.Grow(len(ckptMagic) + 12 + len(hb) + len(payload) + sha256.Size)
	buf.WriteString(ckptMagic)
	binary.Write(&buf, binary.LittleEndian, uint32(len(hb)))
	buf.Write(hb)
	binary.Write(&buf, binary.LittleEndian, uint64(len(payload)))
	buf.Write(payload)
	sum := sha256.Sum256(buf.Bytes())
	buf.Write(sum[:])
	name := fmt.Sprintf("%016d.ckpt", h.Step)
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.writeCheckpoint(filepath.Join(dir, name), buf.Bytes()); err != nil {
		return fmt.Errorf("cache: checkpoint %s: %w", key, err)
	}
	names, err := ckptFiles(dir)
	if err != nil {
		return nil // the new one is durable; old ones go with the directory
	}
	for i, n := range names {
		if i >= ckptKeep && n != name {
			os.Remove(filepath.Join(dir, n))
		}
	}
	return nil
}

// ckptKeep is how many checkpoints of a key are kept, newest first.
const ckptKeep = 2

// writeCheckpoint is writeAtomic for checkpoints: temp file (tmp/ckpt-*),
// fsync, rename, fsync of the directory. CheckpointPause, a test hook,
// stops half-way through the bytes so a test can kill the process in the
// middle of a write.
func (s *FS) writeCheckpoint(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Join(s.dir, "tmp"), "ckpt-")
	if err != nil {
		return err
	}
	half := len(b) / 2
	_, err = tmp.Write(b[:half])
	if err == nil && s.CheckpointPause > 0 {
		tmp.Sync()
		time.Sleep(s.CheckpointPause)
	}
	if err == nil {
		_, err = tmp.Write(b[half:])
	}
	if err == nil {
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
		return err
	}
	return syncDir(filepath.Dir(path))
}

// ckptFiles lists a key's checkpoint files, newest (highest step) first.
func ckptFiles(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".ckpt") && !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	return names, nil
}

// LoadCheckpoint returns the newest valid checkpoint of key, or ErrNotFound.
// Invalid files (torn, truncated, altered) are moved to corrupt/ and named
// in skipped, each with the reason, and the next older one is tried.
func (s *FS) LoadCheckpoint(ctx context.Context, key string) (h CheckpointHeader, payload []byte, skipped []string, err error) {
	if err := validName(key); err != nil {
		return h, nil, nil, err
	}
	// Under the shared gc lock, touching what is read: a checkpoint left by
	// a killed run is old, and gc must not take it from the run resuming it.
	err = s.shared(ctx, func() error {
		var err error
		h, payload, skipped, err = s.loadCheckpoint(ctx, key)
		return err
	})
	return h, payload, skipped, err
}

func (s *FS) loadCheckpoint(ctx context.Context, key string) (h CheckpointHeader, payload []byte, skipped []string, err error) {
	dir := s.ckptDir(key)
	names, err := ckptFiles(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return h, nil, nil, fmt.Errorf("cache: checkpoint %s: %w", key, ErrNotFound)
	}
	if err != nil {
		return h, nil, nil, fmt.Errorf("cache: checkpoint %s: %w", key, err)
	}
	for _, n := range names {
		if err := ctx.Err(); err != nil {
			return h, nil, skipped, err
		}
		p := filepath.Join(dir, n)
		b, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return h, nil, skipped, fmt.Errorf("cache: checkpoint %s: %w", key, err)
		}
		h, payload, err := decodeCheckpoint(b)
		if err != nil {
			skipped = append(skipped, fmt.Sprintf("%s: %v", n, err))
			if os.Rename(p, filepath.Join(s.dir, "corrupt", key+"-"+n)) != nil {
				os.Remove(p)
			}
			continue
		}
		if s.live != nil {
			touch(p)
			touch(filepath.Join(dir, "owner.json"))
		}
		return h, payload, skipped, nil
	}
	return h, nil, skipped, fmt.Errorf("cache: checkpoint %s: %w", key, ErrNotFound)
}

func decodeCheckpoint(b []byte) (CheckpointHeader, []byte, error) {
	var h CheckpointHeader
	if len(b) < len(ckptMagic)+12+sha256.Size || string(b[:len(ckptMagic)]) != ckptMagic {
		return h, nil, fmt.Errorf("%w: not a checkpoint (%d bytes)", ErrCorrupt, len(b))
	}
	body, trailer := b[:len(b)-sha256.Size], b[len(b)-sha256.Size:]
	if sum := sha256.Sum256(body); !bytes.Equal(sum[:], trailer) {
		return h, nil, fmt.Errorf("%w: checksum mismatch", ErrCorrupt)
	}
	r := bytes.NewReader(body[len(ckptMagic):])
	var hl uint32
	if err := binary.Read(r, binary.LittleEndian, &hl); err != nil || int64(hl) > int64(r.Len()) {
		return h, nil, fmt.Errorf("%w: bad header length", ErrCorrupt)
	}
	hb := make([]byte, hl)
	io.ReadFull(r, hb)
	if err := json.Unmarshal(hb, &h); err != nil {
		return h, nil, fmt.Errorf("%w: header: %v", ErrCorrupt, err)
	}
	var pl uint64
	if err := binary.Read(r, binary.LittleEndian, &pl); err != nil || pl != uint64(r.Len()) {
		return h, nil, fmt.Errorf("%w: bad payload length", ErrCorrupt)
	}
	payload := make([]byte, pl)
	io.ReadFull(r, payload)
	return h, payload, nil
}

// DropCheckpoints removes every checkpoint of key (its result is stored, or
// the caller wants a fresh start).
func (s *FS) DropCheckpoints(ctx context.Context, key string) error {
	if err := validName(key); err != nil {
		return err
	}
	if err := os.RemoveAll(s.ckptDir(key)); err != nil {
		return fmt.Errorf("cache: drop checkpoints %s: %w", key, err)
	}
	return nil
}

func (s *FS) checkpointOwner(key string) (CheckpointOwner, error) {
	var o CheckpointOwner
	b, err := os.ReadFile(filepath.Join(s.ckptDir(key), "owner.json"))
	if err != nil {
		return o, err
	}
	return o, json.Unmarshal(b, &o)
}

// Checkpoints lists the keys with checkpoints and the newest readable
// header of each, for ls. It reads headers only and changes nothing.
func (s *FS) Checkpoints(ctx context.Context) ([]CheckpointInfo, error) {
	ents, err := s.entries("checkpoints")
	if err != nil {
		return nil, err
	}
	var out []CheckpointInfo
	for _, e := range ents {
		key := filepath.Base(e.rel)
		ci := CheckpointInfo{Key: key, Size: e.size}
		ci.Owner, _ = s.checkpointOwner(key)
		names, _ := ckptFiles(s.ckptDir(key))
		for _, n := range names {
			if h, err := readCheckpointHeader(filepath.Join(s.ckptDir(key), n)); err == nil {
				ci.Header = h
				break
			}
		}
		out = append(out, ci)
	}
	return out, nil
}

func readCheckpointHeader(path string) (CheckpointHeader, error) {
	var h CheckpointHeader
	f, err := os.Open(path)
	if err != nil {
		return h, err
	}
	defer f.Close()
	pre := make([]byte, len(ckptMagic)+4)
	if _, err := io.ReadFull(f, pre); err != nil || string(pre[:len(ckptMagic)]) != ckptMagic {
		return h, fmt.Errorf("%w: not a checkpoint", ErrCorrupt)
	}
	hl := binary.LittleEndian.Uint32(pre[len(ckptMagic):])
	if hl > 1<<20 {
		return h, fmt.Errorf("%w: bad header length", ErrCorrupt)
	}
	hb := make([]byte, hl)
	if _, err := io.ReadFull(f, hb); err != nil {
		return h, err
	}
	return h, json.Unmarshal(hb, &h)
}

// PauseAfter returns the PauseAfterCheckpoint test hook's step.
func (s *FS) PauseAfter() int64 { return s.PauseAfterCheckpoint }
