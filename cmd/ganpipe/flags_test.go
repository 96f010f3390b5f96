package main

import (
	"flag"
	"io"
	"slices"
	"testing"
)

func TestPermuteArgs(t *testing.T) {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Int("j", 0, "")
	fs.Bool("dry-run", false, "")
	fs.String("var", "", "")
	for _, tc := range []struct {
		args, flags, pos []string
		help             bool
	}{
		{args: []string{"spec.hcl", "-j", "1"}, flags: []string{"-j", "1"}, pos: []string{"spec.hcl"}},
		{args: []string{"-j", "1", "spec.hcl"}, flags: []string{"-j", "1"}, pos: []string{"spec.hcl"}},
		// a bool flag takes no value: the spec after it stays positional
		{args: []string{"-dry-run", "a.hcl", "b.hcl"}, flags: []string{"-dry-run"}, pos: []string{"a.hcl", "b.hcl"}},
		{args: []string{"a.hcl", "--var=x=1", "b.hcl"}, flags: []string{"--var=x=1"}, pos: []string{"a.hcl", "b.hcl"}},
		// after --, everything is positional
		{args: []string{"-j", "2", "--", "-odd.hcl"}, flags: []string{"-j", "2"}, pos: []string{"-odd.hcl"}},
		// unknown flags stay flags so Parse names them
		{args: []string{"a.hcl", "-nope"}, flags: []string{"-nope"}, pos: []string{"a.hcl"}},
		{args: []string{"a.hcl", "-h"}, pos: []string{"a.hcl"}, help: true},
		{args: []string{"--help", "a.hcl"}, pos: []string{"a.hcl"}, help: true},
		{args: []string{"-"}, pos: []string{"-"}},
	} {
		flags, pos, help := permuteArgs(fs, tc.args)
		if !slices.Equal(flags, tc.flags) || !slices.Equal(pos, tc.pos) || help != tc.help {
			t.Errorf("permuteArgs(%q) = %q, %q, %v; want %q, %q, %v", tc.args, flags, pos, help, tc.flags, tc.pos, tc.help)
		}
	}
}
