// Package progress shows a run as it happens: a progress bar per running
// stage on a terminal, timestamped log lines elsewhere (CI, pipes, files).
// It implements pipeline.Reporter; stages only ever see pipeline.Progress.
package progress

import (
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/ganpipe/ganpipe/pipeline"
)

// New picks bars when w is a terminal and CI is not set, lines otherwise.
func New(w io.Writer) pipeline.Reporter {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) && os.Getenv("CI") == "" {
		return &Bars{w: w}
	}
	return &Lines{W: w, Every: 10 * time.Second}
}

// formatTerms renders loss terms in a stable order.
func formatTerms(terms map[string]float64) string {
	keys := make([]string, 0, len(terms))
	for k := range terms {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s=%.4g", k, terms[k])
	}
	return b.String()
}

// Lines writes one timestamped line per event, and per running stage at most
// one progress line every Every (plus the first and last step of a phase).
type Lines struct {
	W     io.Writer
	Every time.Duration
	mu    sync.Mutex
}

func (l *Lines) printf(format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.W, "%s "+format+"\n", append([]any{time.Now().Format("15:04:05")}, args...)...)
}

// Started implements pipeline.Reporter.
func (l *Lines) Started(addr, detail string) pipeline.Progress {
	if detail != "" {
		l.printf("%s started (%s)", addr, detail)
	} else {
		l.printf("%s started", addr)
	}
	return &lineProgress{l: l, addr: addr}
}

// Finished implements pipeline.Reporter.
func (l *Lines) Finished(ev pipeline.Event) {
	msg := fmt.Sprintf("%s %s", ev.Addr, ev.Status)
	if ev.Took > 0 {
		msg += fmt.Sprintf(" in %s", ev.Took.Round(time.Millisecond))
	}
	if ev.Detail != "" {
		msg += ": " + ev.Detail
	}
	l.printf("%s", msg)
}

type lineProgress struct {
	l         *Lines
	addr      string
	phase     string
	total     int
	start     time.Time
	lastPrint time.Time
}

func (p *lineProgress) Start(phase string, total int) {
	p.phase, p.total, p.start, p.lastPrint = phase, total, time.Now(), time.Time{}
	p.l.printf("%s %s: %d steps", p.addr, phase, total)
}

func (p *lineProgress) Step(done int, terms map[string]float64) {
	now := time.Now()
	if done != p.total && now.Sub(p.lastPrint) < p.l.Every {
		return
	}
	p.lastPrint = now
	eta := ""
	if done > 0 && done < p.total {
		left := time.Duration(float64(now.Sub(p.start)) / float64(done) * float64(p.total-done))
		eta = " eta " + left.Round(time.Second).String()
	}
	p.l.printf("%s %s %d/%d %s%s", p.addr, p.phase, done, p.total, formatTerms(terms), eta)
}

func (p *lineProgress) Logf(format string, args ...any) {
	p.l.printf("%s %s", p.addr, fmt.Sprintf(format, args...))
}

// Bars draws a progressbar per running stage.
type Bars struct {
	w  io.Writer
	mu sync.Mutex
}

// Started implements pipeline.Reporter.
func (b *Bars) Started(addr, detail string) pipeline.Progress {
	if detail != "" {
		b.mu.Lock()
		fmt.Fprintf(b.w, "%s: %s\n", addr, detail)
		b.mu.Unlock()
	}
	return &barProgress{b: b, addr: addr}
}

// Finished implements pipeline.Reporter.
func (b *Bars) Finished(ev pipeline.Event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	msg := fmt.Sprintf("\r\033[K%-28s %s", ev.Addr, ev.Status)
	if ev.Took > 0 {
		msg += fmt.Sprintf(" in %s", ev.Took.Round(time.Millisecond))
	}
	if ev.Detail != "" {
		msg += ": " + ev.Detail
	}
	fmt.Fprintln(b.w, msg)
}

type barProgress struct {
	b    *Bars
	addr string
	bar  *progressbar.ProgressBar
	desc string
}

func (p *barProgress) Start(phase string, total int) {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
	p.desc = p.addr + " " + phase
	p.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(p.b.w),
		progressbar.OptionSetDescription(p.desc),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
	)
}

func (p *barProgress) Step(done int, terms map[string]float64) {
	if p.bar == nil {
		return
	}
	p.b.mu.Lock()
	defer p.b.mu.Unlock()
	p.bar.Describe(p.desc + " " + formatTerms(terms))
	_ = p.bar.Set(done)
}

func (p *barProgress) Logf(format string, args ...any) {
	p.b.mu.Lock()
	defer p.b.mu.Unlock()
	fmt.Fprintf(p.b.w, "\r\033[K%s %s\n", p.addr, fmt.Sprintf(format, args...))
}
