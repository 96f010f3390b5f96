// Package progress shows a run as it happens: a progress line per running
// stage on a terminal, cut to its width, timestamped log lines elsewhere
// (CI, pipes, files).
// It implements pipeline.Reporter; stages only ever see pipeline.Progress.
package progress

import (
	"fmt"
	"io"
	"maps"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"

	"github.com/ganpipe/ganpipe/pipeline"
)

// New picks bars when w is a terminal and CI is not set, lines otherwise.
func New(w io.Writer) pipeline.Reporter {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) && os.Getenv("CI") == "" {
		return NewBars(w, termWidth(int(f.Fd())))
	}
	return &Lines{W: w, Every: 10 * time.Second}
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
	phaseBase // the count the phase resumed from (renderLine)
	start     time.Time
	lastPrint time.Time
}

func (p *lineProgress) Start(phase string, total int) {
	p.phase, p.total, p.start, p.lastPrint = phase, total, time.Now(), time.Time{}
	p.phaseBase = phaseBase{}
	p.l.printf("%s %s: %d steps", p.addr, phase, total)
}

func (p *lineProgress) Step(done int, terms map[string]float64) {
	now := time.Now()
	p.step(done)
	if done != p.total && now.Sub(p.lastPrint) < p.l.Every {
		return
	}
	p.lastPrint = now
	eta := ""
	if done > p.base && done < p.total {
		eta = " eta " + etaLeft(now.Sub(p.start), p.base, done, p.total).Round(time.Second).String()
	}
	p.l.printf("%s %s %d/%d %s%s", p.addr, p.phase, done, p.total, strings.Join(orderedTerms(terms), " "), eta)
}

func (p *lineProgress) Logf(format string, args ...any) {
	p.l.printf("%s %s", p.addr, fmt.Sprintf(format, args...))
}

// Bars keeps one line per running stage at the bottom of the terminal,
// each cut to the terminal's width at every redraw (the terminal may be
// resized mid-run): a line longer than the terminal wraps, and each redraw
// then leaves a line of scrollback behind (issue 26: 103 lines for one
// 400-iteration stage). Events and log lines scroll above the bars.
type Bars struct {
	w     io.Writer
	width func() int // columns of the terminal now
	every time.Duration
	mu    sync.Mutex
	bars  []*barProgress // running stages with a phase, in start order
	drawn int            // bar lines below the cursor's scrolling text
}

// maxBarLines caps the bar area; more running stages are summarised in
// one last line, so a wide for_each sweep cannot push the log off screen.
const maxBarLines = 8

// NewBars draws on w, asking width for the terminal's columns at each redraw.
func NewBars(w io.Writer, width func() int) *Bars {
	return &Bars{w: w, width: width, every: 100 * time.Millisecond}
}

// termWidth returns fd's columns, or 80 when it cannot tell.
func termWidth(fd int) func() int {
	return func() int {
		if w, _, err := term.GetSize(fd); err == nil && w > 0 {
			return w
		}
		return 80
	}
}

// clear moves the cursor to the top of the bar area and erases it. Callers
// hold b.mu.
func (b *Bars) clear() {
	if b.drawn > 0 {
		fmt.Fprintf(b.w, "\r\033[%dA", b.drawn)
	}
	fmt.Fprint(b.w, "\r\033[J")
	b.drawn = 0
}

// draw writes every bar's line below the cursor. Callers hold b.mu and
// have cleared the area.
func (b *Bars) draw() {
	width := b.width()
	now := time.Now()
	shown := b.bars
	if len(shown) > maxBarLines {
		shown = shown[:maxBarLines-1]
	}
	for _, p := range shown {
		fmt.Fprintf(b.w, "%s\n", renderLine(width, p.addr, p.phase, p.base, p.done, p.total, now.Sub(p.start), p.terms))
		b.drawn++
	}
	if len(shown) < len(b.bars) {
		fmt.Fprintf(b.w, "%s\n", cut(fmt.Sprintf("… and %d more stages running", len(b.bars)-len(shown)), width-1))
		b.drawn++
	}
}

// println prints a line above the bars.
func (b *Bars) println(line string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.clear()
	fmt.Fprintf(b.w, "%s\n", line)
	b.draw()
}

// Started implements pipeline.Reporter.
func (b *Bars) Started(addr, detail string) pipeline.Progress {
	if detail != "" {
		b.println(fmt.Sprintf("%s: %s", addr, detail))
	}
	return &barProgress{b: b, addr: addr}
}

// Finished implements pipeline.Reporter.
func (b *Bars) Finished(ev pipeline.Event) {
	msg := fmt.Sprintf("%-28s %s", ev.Addr, ev.Status)
	if ev.Took > 0 {
		msg += fmt.Sprintf(" in %s", ev.Took.Round(time.Millisecond))
	}
	if ev.Detail != "" {
		msg += ": " + ev.Detail
	}
	b.mu.Lock()
	for i, p := range b.bars {
		if p.addr == ev.Addr {
			b.bars = append(b.bars[:i:i], b.bars[i+1:]...)
			break
		}
	}
	b.mu.Unlock()
	// Printed once, not redrawn: a long error may wrap.
	b.println(msg)
}

type barProgress struct {
	b         *Bars
	addr      string
	phase     string
	total     int
	phaseBase // the count the phase resumed from (renderLine)
	done      int
	terms     map[string]float64
	start     time.Time
	lastDraw  time.Time
	shown     bool // in b.bars
}

func (p *barProgress) Start(phase string, total int) {
	p.b.mu.Lock()
	defer p.b.mu.Unlock()
	p.phase, p.total, p.done, p.terms, p.start, p.lastDraw = phase, total, 0, nil, time.Now(), time.Time{}
	p.phaseBase = phaseBase{}
	if !p.shown {
		p.shown = true
		p.b.bars = append(p.b.bars, p)
	}
}

func (p *barProgress) Step(done int, terms map[string]float64) {
	now := time.Now()
	p.b.mu.Lock()
	defer p.b.mu.Unlock()
	p.step(done)
	p.done = done
	p.terms = maps.Clone(terms)
	if done < p.total && now.Sub(p.lastDraw) < p.b.every {
		return
	}
	p.lastDraw = now
	p.b.clear()
	p.b.draw()
}

func (p *barProgress) Logf(format string, args ...any) {
	p.b.println(fmt.Sprintf("%s %s", p.addr, fmt.Sprintf(format, args...)))
}
