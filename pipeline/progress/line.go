package progress

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// termRank orders loss terms by how much a person watching a run wants
// them: the objective first, then the terms that explain it, then the
// schedule (learning rate, momentum, norms), which a narrow terminal drops
// first. Unlisted terms sit between, alphabetically.
func termRank(k string) int {
	switch k {
	case "loss", "g_loss", "d_loss":
		return 0
	case "mmd2", "kept_loss", "mi_loss", "recon", "gp":
		return 1
	case "d_real", "d_fake", "acc":
		return 2
	case "lr", "lr_d", "lr_g", "momentum", "n_critic", "noise_std":
		return 5
	case "grad_norm", "d_grad_norm", "g_grad_norm", "layer", "kept_iter":
		return 6
	}
	return 3
}

// orderedTerms returns "name=value" strings, most useful first.
func orderedTerms(terms map[string]float64) []string {
	keys := make([]string, 0, len(terms))
	for k := range terms {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		ri, rj := termRank(keys[i]), termRank(keys[j])
		if ri != rj {
			return ri < rj
		}
		return keys[i] < keys[j]
	})
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = fmt.Sprintf("%s=%.4g", k, terms[k])
	}
	return out
}

// Bar widths: the bar shrinks to minBar before any term is dropped and
// grows to maxBar when there is room to spare.
const (
	minBar = 10
	maxBar = 30
)

// renderLine lays out one progress line in at most width-1 columns: the
// last column is left empty because many terminals wrap as soon as it is
// written. What gives way first, as the terminal narrows: the bar's length,
// the least useful loss terms, the bar and percentage, the most useful
// term, the ETA, the phase, and last the stage address (cut in the middle,
// keeping the end of its for_each key).
//
// base is the count the phase started from (a resumed stage starts at its
// checkpoint): the ETA is the rate of the steps done since then, not of
// done, which would count the checkpoint's steps as done in elapsed.
func renderLine(width int, addr, phase string, base, done, total int, elapsed time.Duration, terms map[string]float64) string {
	room := width - 1
	if room < 1 {
		return ""
	}
	head := addr
	if phase != "" {
		head += " " + phase
	}
	count := fmt.Sprintf("%d/%d", done, total)
	pct := ""
	if total > 0 {
		pct = fmt.Sprintf("%3d%%", 100*done/total)
	}
	eta := ""
	switch {
	case done >= total && total > 0:
		eta = "took " + roundDur(elapsed)
	case done > base && total > 0:
		eta = "eta " + roundDur(etaLeft(elapsed, base, done, total))
	default:
		eta = "eta ?"
	}
	ts := orderedTerms(terms)
	join := func(parts ...string) string {
		var nonEmpty []string
		for _, p := range parts {
			if p != "" {
				nonEmpty = append(nonEmpty, p)
			}
		}
		return strings.Join(nonEmpty, " ")
	}
	bar := func(n int) string {
		if n < 3 {
			return ""
		}
		inner := n - 2
		fill := 0
		if total > 0 {
			fill = inner * min(done, total) / total
		}
		return "[" + strings.Repeat("=", fill) + strings.Repeat(" ", inner-fill) + "]"
	}
	layout := func(withBar bool, barLen int, terms []string) string {
		p, b := "", ""
		if withBar {
			p, b = pct, bar(barLen)
		}
		return join(head, p, b, count, strings.Join(terms, " "), eta)
	}
	if cols(layout(false, 0, nil)) > room {
		for _, try := range []string{join(head, count), head} {
			if cols(try) <= room {
				return try
			}
		}
		return cut(addr, room)
	}
	// Admit, while they fit: the most useful term, the bar (at its
	// shortest) with the percentage, the other terms in order; then
	// lengthen the bar into what is left.
	var kept []string
	withBar := false
	if len(ts) > 0 && cols(layout(false, 0, ts[:1])) <= room {
		kept = ts[:1]
	}
	if cols(layout(true, minBar, kept)) <= room {
		withBar = true
	}
	for _, t := range ts[len(kept):] {
		next := append(append([]string(nil), kept...), t)
		if cols(layout(withBar, minBar, next)) > room {
			break
		}
		kept = next
	}
	if !withBar {
		return layout(false, 0, kept)
	}
	return layout(true, min(maxBar, minBar+room-cols(layout(true, minBar, kept))), kept)
}

// cols counts the columns a string takes (one per rune: the line holds
// stage addresses, ASCII loss names and digits).
func cols(s string) int { return utf8.RuneCountInString(s) }

// cut shortens s to n columns, eliding its middle so both the stage name
// and the end of a for_each key stay visible.
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	if n <= 1 {
		return string(r[:n])
	}
	keep := n - 1
	front := (keep + 1) / 2
	return string(r[:front]) + "…" + string(r[len(r)-(keep-front):])
}

// roundDur shows a duration to the second (or 0.1 s under 10 s).
func roundDur(d time.Duration) string {
	if d < 10*time.Second {
		return d.Round(100 * time.Millisecond).String()
	}
	return d.Round(time.Second).String()
}

// etaLeft extrapolates the time left from the steps done since base.
func etaLeft(elapsed time.Duration, base, done, total int) time.Duration {
	return time.Duration(float64(elapsed) / float64(done-base) * float64(total-done))
}

// firstBase is the base of a phase whose first reported step is done: the
// steps before it were done before this process started the phase.
func firstBase(done int) int { return max(0, done-1) }

// phaseBase remembers a phase's base from its first reported step (both
// progress displays keep one; Start resets it).
type phaseBase struct {
	base    int
	stepped bool
}

// step records done; the first call of a phase sets the base.
func (b *phaseBase) step(done int) {
	if !b.stepped {
		b.stepped, b.base = true, firstBase(done)
	}
}
