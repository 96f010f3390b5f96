package slurm

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ganpipe/ganpipe/speclang"
)

// resources merges a stage's resources block over the pipeline-wide
// defaults, field by field; Extra flags accumulate (defaults first).
func resources(defaults speclang.Resources, stage *speclang.Resources) speclang.Resources {
	r := defaults
	r.Extra = append([]string(nil), defaults.Extra...)
	if stage == nil {
		return r
	}
	if stage.CPUs > 0 {
		r.CPUs = stage.CPUs
	}
	if stage.Mem != "" {
		r.Mem = stage.Mem
	}
	if stage.Time != "" {
		r.Time = stage.Time
	}
	if stage.Partition != "" {
		r.Partition = stage.Partition
	}
	r.Extra = append(r.Extra, stage.Extra...)
	return r
}

// sbatchArgs is the sbatch command line for one stage. The -slurm-args flags
// come last so that, sbatch taking the last of repeated options, the command
// line overrides the spec. The log is appended to: a stage resubmitted after
// a time limit keeps every job's log in one file (the one that resumed, and
// the last, which may find the stage already cached), each job's part
// starting with its "ganpipe exec-stage ... (slurm job N) started" line.
func sbatchArgs(addr, logPath, scriptPath string, res speclang.Resources, extra []string) []string {
	args := []string{"--parsable", "--no-requeue", "--job-name", "ganpipe-" + addr, "--output", logPath, "--open-mode=append"}
	if res.CPUs > 0 {
		args = append(args, "--cpus-per-task="+strconv.Itoa(res.CPUs))
	}
	if res.Mem != "" {
		args = append(args, "--mem="+res.Mem)
	}
	if res.Time != "" {
		args = append(args, "--time="+res.Time)
	}
	if res.Partition != "" {
		args = append(args, "--partition="+res.Partition)
	}
	args = append(args, res.Extra...)
	args = append(args, extra...)
	return append(args, scriptPath)
}

// batchScript is the job script: it exports env (NAME=value pairs) and execs
// the stage command. Every word is single-quoted, so addresses like
// stage.ll["a b"] and paths with spaces reach exec-stage unchanged.
func batchScript(addr, key string, env, argv []string) []byte {
	var b strings.Builder
	b.WriteString("#!/bin/sh\n")
	fmt.Fprintf(&b, "# ganpipe stage %s\n# key %s\n", oneLine(addr), key)
	for _, kv := range env {
		name, value, _ := strings.Cut(kv, "=")
		fmt.Fprintf(&b, "export %s=%s\n", name, ShellQuote(value))
	}
	b.WriteString("exec")
	for _, a := range argv {
		b.WriteByte(' ')
		b.WriteString(ShellQuote(a))
	}
	b.WriteByte('\n')
	return []byte(b.String())
}

func oneLine(s string) string { return strings.NewReplacer("\n", " ", "\r", " ").Replace(s) }

// ShellQuote quotes a word for a POSIX shell: inside single quotes nothing is
// special except the quote itself, written '\”.
func ShellQuote(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:,+@%") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// SplitArgs splits a flag string such as -slurm-args "--qos=long --comment 'a b'"
// into words the way a POSIX shell would (single and double quotes,
// backslash escapes), without expanding anything.
func SplitArgs(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\'':
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("unterminated ' in %q", s)
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == '"':
			inWord = true
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(`"\$`+"`", s[i+1]) >= 0 {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, fmt.Errorf("unterminated \" in %q", s)
			}
		case c == '\\':
			if i+1 >= len(s) {
				return nil, fmt.Errorf("trailing backslash in %q", s)
			}
			i++
			cur.WriteByte(s[i])
			inWord = true
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

// Paths under the cache that belong to the Slurm executor.
func logPath(cacheDir, key string) string {
	return filepath.Join(cacheDir, "slurm", "logs", key+".log")
}

func scriptPath(cacheDir, key string) string {
	return filepath.Join(cacheDir, "slurm", "scripts", key+".sh")
}

// Preview is the sbatch command a stage with the given key would be
// submitted with, for `ganpipe plan -executor slurm`.
func (e *Executor) Preview(st *speclang.Stage, key string) string {
	args := sbatchArgs(st.Addr, logPath(e.cfg.CacheDir, key), scriptPath(e.cfg.CacheDir, key), resources(e.cfg.Defaults, st.Resources), e.cfg.Extra)
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = ShellQuote(a)
	}
	return "sbatch " + strings.Join(q, " ")
}
