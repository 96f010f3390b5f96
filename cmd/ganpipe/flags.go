package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// permuteArgs moves every flag (and the value it takes) in front of the
// positional arguments, so `ganpipe run SPEC -j 1` means what
// `ganpipe run -j 1 SPEC` means: the README, the spec headers and every
// researcher's muscle memory put flags after the spec, and Go's flag package
// stops at the first non-flag. A flag takes the next argument as its value
// unless it is a boolean flag or written -name=value; "--" ends the flags.
// Unknown flags stay flags, so Parse names them. help reports -h, -help or
// --help anywhere before "--".
func permuteArgs(fs *flag.FlagSet, args []string) (flags, positional []string, help bool) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			positional = append(positional, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			positional = append(positional, a)
			continue
		}
		name := strings.TrimLeft(a, "-")
		if eq := strings.IndexByte(name, '='); eq >= 0 {
			flags = append(flags, a)
			continue
		}
		f := fs.Lookup(name)
		if f == nil && (name == "h" || name == "help") {
			help = true
			continue
		}
		flags = append(flags, a)
		if f == nil || isBoolFlag(f) {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, positional, help
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// parseFlags parses args (flags anywhere, see permuteArgs) and maps the
// outcome to exit codes: -h prints the usage (to stdout, so it can be piped
// into less) and exits 0; a bad flag prints one line saying what
// was wrong (not the whole usage, which would scroll it away) and exits 2.
func parseFlags(fs *flag.FlagSet, args []string) (ok bool, code int) {
	flags, positional, help := permuteArgs(fs, args)
	// Usage (newFlagSet's writes to stdout) is for -h only: Parse would
	// call it on every error too.
	usage, out := fs.Usage, fs.Output()
	if help {
		usage()
		return false, 0
	}
	fs.Usage = func() {}
	fs.SetOutput(io.Discard)
	err := fs.Parse(append(append(flags, "--"), positional...))
	fs.Usage = usage
	fs.SetOutput(out)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return false, 0
		}
		fmt.Fprintf(out, "ganpipe %s: %v\nRun 'ganpipe help %s' for its flags.\n", fs.Name(), err, fs.Name())
		return false, 2
	}
	return true, 0
}

// usageError says what is wrong with the positional arguments, then the
// synopsis, and returns exit code 2.
func usageError(fs *flag.FlagSet, c *command, format string, args ...any) int {
	fmt.Fprintf(fs.Output(), "ganpipe %s: %s\nusage: ganpipe %s %s\nRun 'ganpipe help %s' for its flags.\n",
		c.name, fmt.Sprintf(format, args...), c.name, c.usage, c.name)
	return 2
}

// argCountError describes a wrong number of positional arguments.
func argCountError(fs *flag.FlagSet, c *command) int {
	got := fs.Args()
	switch {
	case len(got) == 0:
		return usageError(fs, c, "missing arguments")
	default:
		return usageError(fs, c, "unexpected arguments %q (%d given)", got, len(got))
	}
}
