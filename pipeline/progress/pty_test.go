package progress

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/ganpipe/ganpipe/pipeline"
)

const ptyChildEnv = "GANPIPE_PROGRESS_PTY_CHILD"

// TestPTYChild is the program TestNoWrapUnderPTY runs on a pseudo-terminal:
// New on stderr, as `ganpipe run` does, and a gan_train-like stage with a
// long for_each address and 13 loss terms.
func TestPTYChild(t *testing.T) {
	if os.Getenv(ptyChildEnv) != "1" {
		t.Skip("run by TestNoWrapUnderPTY")
	}
	r := New(os.Stderr)
	b, ok := r.(*Bars)
	if !ok {
		t.Fatalf("New on a terminal gave %T, not bars", r)
	}
	b.every = time.Millisecond // many redraws in a short test
	// Two stages at once (-j 2): a bar each, and a log line between.
	var wg sync.WaitGroup
	for _, addr := range []string{`stage.zoo["wgan_gp_lr2e-4"]`, `stage.zoo["minibatch_discrimination"]`} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := r.Started(addr, "")
			p.Start("train", 400)
			for i := 1; i <= 400; i++ {
				p.Step(i, ganTerms())
				if i == 200 {
					p.Logf("halfway, a log line that is printed above the bars")
				}
				time.Sleep(200 * time.Microsecond)
			}
			r.Finished(pipeline.Event{Addr: addr, Status: pipeline.StatusRan, Took: time.Second})
		}()
	}
	wg.Wait()
}

// TestNoWrapUnderPTY runs TestPTYChild on an 80-column pseudo-terminal and
// checks that no redrawn progress line is longer than 79 columns: a longer one wraps
// and leaves a line of scrollback per redraw (issue 26).
func TestNoWrapUnderPTY(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestPTYChild$", "-test.v")
	env := []string{ptyChildEnv + "=1"}
	for _, e := range os.Environ() {
		if !strings.HasPrefix(e, "CI=") { // CI forces log lines
			env = append(env, e)
		}
	}
	cmd.Env = env
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 24, Cols: 80})
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	var out bytes.Buffer
	_, err = io.Copy(&out, f)
	var pe *os.PathError
	if err != nil && !(errors.As(err, &pe)) { // EIO once the child exits
		t.Fatal(err)
	}
	_ = f.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v\n%s", err, out.String())
	}
	ansi := regexp.MustCompile("\x1b\\[[0-9;?]*[A-Za-z]")
	redraws := 0
	for _, seg := range regexp.MustCompile("[\r\n]").Split(out.String(), -1) {
		seg = ansi.ReplaceAllString(seg, "")
		if !strings.Contains(seg, "/400") {
			continue // log lines print once; wrapping them leaves nothing behind
		}
		redraws++
		if n := cols(seg); n > 79 {
			t.Errorf("a %d-column line on an 80-column terminal wraps: %q", n, seg)
		}
	}
	if redraws < 10 {
		t.Fatalf("only %d progress redraws seen; output:\n%s", redraws, out.String())
	}
	for _, want := range []string{`stage.zoo["wgan_gp_lr2e-4"] train`, `stage.zoo["minibatch_discrimination"] train`, "halfway, a log line"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("no %q in the output", want)
		}
	}
	if !strings.Contains(out.String(), "400/400") || !strings.Contains(out.String(), "eta ") {
		t.Errorf("no final step or ETA in the output:\n%s", out.String())
	}
}
