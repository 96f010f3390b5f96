package speclang

import (
	"fmt"
	"sort"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hcldec"
	"github.com/zclconf/go-cty/cty"
)

// block is a dataset, stage or report block: a producer of artifacts.
type block struct {
	typ      string // "dataset", "stage" or "report"
	kindName string
	name     string
	addr     string // dataset.NAME, stage.NAME, report.NAME
	kind     Kind   // nil when the kind is unknown
	hb       *hcl.Block
	body     hcl.Body // the body without for_each and resources
	forEach  hcl.Expression
	res      *hcl.Block

	travs  []hcl.Traversal // every reference in body, resources and for_each
	deps   map[string]bool // addresses of producer blocks it depends on, via locals too
	broken bool            // unknown kind: outputs unknown, body not decoded

	inCycle bool

	// for_each state, filled by shape
	shapeState int // 0 not computed, 1 in progress, 2 done
	shapeVal   cty.Value
	keys       []string
	keysKnown  bool
	feBroken   bool
	eachVals   map[string]cty.Value
}

// local is one local value.
type local struct {
	name    string
	attr    *hcl.Attribute
	state   int // 0 not evaluated, 1 in progress, 2 done
	val     cty.Value
	inCycle bool
}

func (l *loader) declareLocals(b *hcl.Block) {
	attrs, diags := b.Body.JustAttributes()
	l.add(diags...)
	list := make([]*hcl.Attribute, 0, len(attrs))
	for _, a := range attrs {
		list = append(list, a)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Range.Start.Byte < list[j].Range.Start.Byte })
	for _, a := range list {
		if prev := l.locals[a.Name]; prev != nil {
			l.add(errorDiag("Duplicate local value",
				fmt.Sprintf("A local value named %q was already defined at %s. Local value names must be unique across all locals blocks.", a.Name, rangeString(prev.attr.NameRange)),
				a.NameRange.Ptr()))
			continue
		}
		l.locals[a.Name] = &local{name: a.Name, attr: a}
		l.localOrder = append(l.localOrder, a.Name)
	}
}

// declareBlock registers a dataset, stage or report block.
func (l *loader) declareBlock(hb *hcl.Block) {
	b := &block{typ: hb.Type, hb: hb, kindName: hb.Type, name: hb.Labels[0]}
	nameRange := hb.LabelRanges[0]
	if hb.Type == "stage" {
		b.kindName, b.name, nameRange = hb.Labels[0], hb.Labels[1], hb.LabelRanges[1]
	}
	b.addr = b.typ + "." + b.name

	schema := &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{{Type: "resources"}}}
	if hb.Type == "stage" {
		schema.Attributes = []hcl.AttributeSchema{{Name: "for_each"}}
	}
	content, rest, diags := hb.Body.PartialContent(schema)
	l.add(diags...)
	b.body = rest
	if a := content.Attributes["for_each"]; a != nil {
		b.forEach = a.Expr
	}
	for i, rb := range content.Blocks {
		if i == 0 {
			b.res = rb
			continue
		}
		l.add(errorDiag("Duplicate resources block",
			fmt.Sprintf("A block has at most one resources block; the first one is at %s.", rangeString(content.Blocks[0].DefRange)),
			rb.DefRange.Ptr()))
	}

	l.lookupKind(b)
	if !l.checkName(b.typ, b.name, nameRange) {
		return
	}
	if prev := l.byAddr[b.addr]; prev != nil {
		extra := ""
		if b.typ == "stage" {
			extra = " Stage names are unique across all stage kinds."
		}
		l.add(errorDiag(fmt.Sprintf("Duplicate %s", b.typ),
			fmt.Sprintf("A %s named %q was already declared at %s.%s", b.typ, b.name, rangeString(prev.hb.DefRange), extra),
			hb.DefRange.Ptr()))
		return
	}
	l.byAddr[b.addr] = b
	l.blocks = append(l.blocks, b)
}

// lookupKind sets b.kind, or reports the kind as unknown and marks b broken.
func (l *loader) lookupKind(b *block) {
	if b.typ == "stage" && (b.kindName == "dataset" || b.kindName == "report") {
		l.add(errorDiag("Invalid stage kind",
			fmt.Sprintf("Kind %q is declared with its own block type: %s %q { ... }.", b.kindName, b.kindName, b.name),
			b.hb.LabelRanges[0].Ptr()))
		b.broken = true
		return
	}
	k, ok := l.opts.Kinds.Kind(b.kindName)
	if ok && k != nil {
		b.kind = k
		return
	}
	b.broken = true
	if b.typ != "stage" {
		l.add(errorDiag("Missing kind", fmt.Sprintf("The stage kinds table has no %q kind; this is a bug in ganpipe.", b.kindName), b.hb.DefRange.Ptr()))
		return
	}
	var names []string
	for _, n := range l.opts.Kinds.KindNames() {
		if n != "dataset" && n != "report" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	l.add(errorDiag("Unknown stage kind",
		fmt.Sprintf("There is no stage kind %q.%s The kinds are %s.", b.kindName, didYouMean(b.kindName, names), quoteList(names)),
		b.hb.LabelRanges[0].Ptr()))
}

// outputsVal is the value a reference to the producer instance addr sees:
// an object with one artifact reference per output and per metric.
func outputsVal(b *block, addr string) cty.Value {
	attrs := map[string]cty.Value{}
	for _, m := range b.kind.Metrics() {
		attrs[m] = RefVal(Ref{Stage: addr, Output: "metrics", Field: m})
	}
	for _, o := range b.kind.Outputs() {
		attrs[o] = RefVal(Ref{Stage: addr, Output: o})
	}
	return cty.ObjectVal(attrs)
}

// cellAddr is the address of one for_each instance.
func cellAddr(b *block, key string) string {
	return fmt.Sprintf("%s[%q]", b.addr, key)
}

// bodySpec is the kind's spec for the block body.
func (b *block) bodySpec() hcldec.Spec { return b.kind.BodySpec() }
