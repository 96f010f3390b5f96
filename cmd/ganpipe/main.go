// Command ganpipe runs declarative experiment pipelines for generative
// models: HCL specs whose stages are cached as Arrow artifacts.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
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
	defer stop()
	os.Exit(runMain(ctx, env, os.Args[1:]))
}

func runMain(ctx context.Context, env *cmdEnv, args []string) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "-help" || args[0] == "--help" {
		usage(env.stderr, cmds)
		return 2
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
		c.run(ctx, env, []string{"-h"})
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(env.stderr, "ganpipe: unknown command %q; run 'ganpipe help'\n", args[0])
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

// newFlagSet makes a subcommand's flag set whose -h prints the synopsis.
func newFlagSet(env *cmdEnv, c *command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(env.stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.stderr, "usage: ganpipe %s %s\n\n%s\n\nflags:\n", c.name, c.usage, c.summary)
		fs.PrintDefaults()
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
		fs.Usage()
		return nil, nil, false, 2
	}
	return fs, f, true, 0
}

func exactly(k int) func(int) bool { return func(n int) bool { return n == k } }

// parseFlags parses and maps -h and bad flags to exit codes.
func parseFlags(fs *flag.FlagSet, args []string) (ok bool, code int) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return false, 0
		}
		return false, 2
	}
	return true, 0
}
