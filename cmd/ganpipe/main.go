// Command ganpipe runs declarative experiment pipelines for generative
// models: HCL specs whose stages are cached as Arrow artifacts.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"sort"
	"syscall"

	"github.com/ganpipe/ganpipe/stages"
)

// command is one subcommand. Each lives in its own file.
type command struct {
	name    string
	usage   string // argument synopsis
	summary string
	run     func(ctx context.Context, env *cmdEnv, args []string) int
}

// cmdEnv is what every subcommand gets instead of package globals.
type cmdEnv struct {
	stdout, stderr io.Writer
	environ        []string
	getenv         func(string) string
}

func commands() map[string]*command {
	cmds := map[string]*command{}
	for _, c := range []*command{
		validateCmd(), planCmd(), runCmd(), explainCmd(), showCmd(), graphCmd(),
		lsCmd(), gcCmd(), checkCmd(), spreadCmd(), kindsCmd(), execStageCmd(), benchCmd(),
		// One line each below, so concurrent additions merge.
		versionCmd(),
		fmtCmd(),
		exportCmd(),
		runsCmd(),
		diffCmd(),
	} {
		cmds[c.name] = c
	}
	return cmds
}

func main() {
	env := &cmdEnv{stdout: os.Stdout, stderr: os.Stderr, environ: os.Environ(), getenv: os.Getenv}
	// OpenBLAS where built with it; gonum's pure Go otherwise.
	if err := useBLAS(env.getenv); err != nil {
		fmt.Fprintf(env.stderr, "ganpipe: %v\n", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	// GANPIPE_CPUPROFILE=FILE writes a CPU profile of the whole command
	// (`go tool pprof bin/ganpipe FILE`): where a real stage spends its
	// time, which the bench workloads only approximate.
	stopProfile, err := startCPUProfile(env.getenv("GANPIPE_CPUPROFILE"))
	if err != nil {
		fmt.Fprintf(env.stderr, "ganpipe: %v\n", err)
		os.Exit(2)
	}
	code := runMain(ctx, env, os.Args[1:])
	stopProfile()
	stop()
	os.Exit(code)
}

// startCPUProfile starts profiling into path; with no path it does nothing.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("GANPIPE_CPUPROFILE: %w", err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("GANPIPE_CPUPROFILE: %w", err)
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

func runMain(ctx context.Context, env *cmdEnv, args []string) int {
	cmds := commands()
	if len(args) == 0 {
		usage(env.stderr, cmds)
		return 2
	}
	if args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		usage(env.stdout, cmds)
		return 0
	}
	if args[0] == "help" {
		if len(args) < 2 {
			usage(env.stdout, cmds)
			return 0
		}
		c, ok := cmds[args[1]]
		if !ok && stages.WriteKindText(env.stdout, args[1]) { // help KIND
			return 0
		}
		if !ok {
			fmt.Fprintf(env.stderr, "ganpipe: no command or stage kind %q\n", args[1])
			return 2
		}
		return c.run(ctx, env, []string{"-h"})
	}
	c, ok := cmds[args[0]]
	if !ok {
		msg := fmt.Sprintf("ganpipe: unknown command %q", args[0])
		if s := suggest(args[0], cmds); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		}
		fmt.Fprintf(env.stderr, "%s\nRun 'ganpipe help' for the list of commands.\n", msg)
		return 2
	}
	return c.run(ctx, env, args[1:])
}

func usage(w io.Writer, cmds map[string]*command) {
	fmt.Fprintln(w, "usage: ganpipe <command> [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(cmds))
	for n, c := range cmds {
		if c.summary != "" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'ganpipe help <command>' for its flags.")
}

// newFlagSet makes a subcommand's flag set whose -h prints the synopsis and
// the flags to stdout; errors go to stderr.
func newFlagSet(env *cmdEnv, c *command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.stdout, "usage: ganpipe %s %s\n\n%s\n\nflags (before or after the arguments):\n", c.name, c.usage, c.summary)
		fs.SetOutput(env.stdout)
		fs.PrintDefaults()
		fs.SetOutput(env.stderr)
	}
	return fs
}

// parseSpec is the start of every command that reads a spec: a flag set
// with the spec flags (plus those extra registers), parsed, and a check that
// valid(n) accepts the number of positional arguments. ok false means
// return code.
func (c *command) parseSpec(env *cmdEnv, args []string, valid func(n int) bool, extra func(*flag.FlagSet)) (fs *flag.FlagSet, f *specFlags, ok bool, code int) {
	fs = newFlagSet(env, c)
	f = &specFlags{}
	f.register(fs)
	if extra != nil {
		extra(fs)
	}
	if ok, code := parseFlags(fs, args); !ok {
		return nil, nil, false, code
	}
	if !valid(fs.NArg()) {
		return nil, nil, false, argCountError(fs, c)
	}
	return fs, f, true, 0
}

func exactly(k int) func(int) bool { return func(n int) bool { return n == k } }

// suggest returns the command nearest to a mistyped one, or "".
func suggest(name string, cmds map[string]*command) string {
	best, bestD := "", 3 // more than two edits away is not a typo
	for n := range cmds {
		if d := editDistance(name, n); d < bestD || (d == bestD && n < best) {
			best, bestD = n, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
