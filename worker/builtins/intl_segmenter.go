package builtins

import (
	"math"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/rivo/uniseg"
)

// Intl.Segmenter: grapheme, word and sentence granularity on
// github.com/rivo/uniseg's UAX #29 rules (Unicode 15), with the tailoring
// of ICU's word rules that V8 shows: a full stop or a colon between letters
// ends a word ("a.b" is three segments, "3.14" one). ICU breaks Chinese,
// Japanese, Thai, Lao, Khmer and Burmese words with dictionaries; here a
// run of ideographs or of hiragana is one segment per character, and Thai
// and the others one per grapheme (docs/differences.md). isWordLike is true
// for a segment with a letter or a decimal or letter number, as ICU's
// word statuses amount to. The segments' indexes are UTF-16 offsets.

// inCBConsonant and the linkers are Unicode 15.1's Indic_Conjunct_Break
// consonants and viramas (Devanagari, Bengali, Gujarati, Oriya, Telugu,
// Malayalam), for rule GB9c, which uniseg (Unicode 15.0) predates: a
// consonant, a virama and a consonant stay one grapheme ("क्षि").
var inCBConsonant = &unicode.RangeTable{R16: []unicode.Range16{
	{0x0915, 0x0939, 1}, {0x0958, 0x095f, 1}, {0x0978, 0x097f, 1},
	{0x0995, 0x09a8, 1}, {0x09aa, 0x09b0, 1}, {0x09b2, 0x09b2, 1}, {0x09b6, 0x09b9, 1}, {0x09dc, 0x09dd, 1}, {0x09df, 0x09df, 1}, {0x09f0, 0x09f1, 1},
	{0x0a95, 0x0aa8, 1}, {0x0aaa, 0x0ab0, 1}, {0x0ab2, 0x0ab3, 1}, {0x0ab5, 0x0ab9, 1}, {0x0af9, 0x0af9, 1},
	{0x0b15, 0x0b28, 1}, {0x0b2a, 0x0b30, 1}, {0x0b32, 0x0b33, 1}, {0x0b35, 0x0b39, 1}, {0x0b5c, 0x0b5d, 1}, {0x0b5f, 0x0b5f, 1}, {0x0b71, 0x0b71, 1},
	{0x0c15, 0x0c28, 1}, {0x0c2a, 0x0c39, 1}, {0x0c58, 0x0c5a, 1},
	{0x0d15, 0x0d3a, 1},
}}

func isLinker(r rune) bool {
	switch r {
	case 0x094d, 0x09cd, 0x0acd, 0x0b4d, 0x0c4d, 0x0d4d:
		return true
	}
	return false
}

// endsInConjunct tells whether a grapheme ends with a consonant and a
// virama (and marks), so that a following consonant joins it (GB9c).
func endsInConjunct(g string) bool {
	linker := false
	for i := len(g); i > 0; {
		r, n := utf8.DecodeLastRuneInString(g[:i])
		i -= n
		switch {
		case isLinker(r):
			linker = true
		case r == 0x200d || unicode.In(r, unicode.Mn, unicode.Me):
		case unicode.Is(inCBConsonant, r):
			return linker
		default:
			return false
		}
	}
	return false
}

// segmentation is the computed segments of one string.
type segmentation struct {
	input    goja.String
	bounds   []int // UTF-16 offsets: segment i is [bounds[i], bounds[i+1])
	wordLike []bool
}

type segmenter struct {
	locale, granularity string
}

type segments struct {
	seg  *segmenter
	str  goja.String
	done *segmentation // computed on first use
}

type segmentIterator struct {
	s   *segments
	pos int // the next segment
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// isWordLikeSegment is ICU's "not none" word status: letters, decimal and
// letter numbers, kana, ideographs.
func isWordLikeSegment(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Nl, r) {
			return true
		}
	}
	return false
}

// midStops are the full stops and colons that ICU's word rules do not let
// join letters (UAX #29 does: MidNumLet and MidLetter).
func isMidStop(r rune) bool {
	return r == '.' || r == ':' || r == '\uff0e' || r == '\ufe55' || r == '\uff1a'
}

// splitStops splits a UAX #29 word around the stops that join letters
// there, keeping those between digits ("3.14").
func splitStops(w string) []string {
	var out []string
	start := 0
	prev := rune(-1)
	for i, r := range w {
		if isMidStop(r) && i > start {
			next, _ := utf8.DecodeRuneInString(w[i+utf8.RuneLen(r):])
			if !(unicode.IsDigit(prev) && unicode.IsDigit(next)) {
				out = append(out, w[start:i], w[i:i+utf8.RuneLen(r)])
				start = i + utf8.RuneLen(r)
			}
		}
		prev = r
	}
	if start < len(w) {
		out = append(out, w[start:])
	}
	return out
}

// compute segments s by its granularity.
func (s *segments) compute() *segmentation {
	if s.done != nil {
		return s.done
	}
	str := s.str.String()
	d := &segmentation{input: s.str, bounds: []int{0}}
	at := 0
	add := func(seg string) {
		at += utf16Len(seg)
		d.bounds = append(d.bounds, at)
		d.wordLike = append(d.wordLike, isWordLikeSegment(seg))
	}
	state := -1
	for rest := str; rest != ""; {
		var seg string
		switch s.seg.granularity {
		case "word":
			seg, rest, state = uniseg.FirstWordInString(rest, state)
			for _, w := range splitStops(seg) {
				add(w)
			}
			continue
		case "sentence":
			seg, rest, state = uniseg.FirstSentenceInString(rest, state)
		default:
			seg, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
			for endsInConjunct(seg) && rest != "" {
				if r, _ := utf8.DecodeRuneInString(rest); !unicode.Is(inCBConsonant, r) {
					break
				}
				var more string
				more, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
				seg += more
			}
		}
		add(seg)
	}
	s.done = d
	return d
}

// record is the segment data object of segment i.
func (b *installer) segmentRecord(s *segments, d *segmentation, i int) *goja.Object {
	o := b.rt.NewObject()
	b.createData(o, "segment", d.input.Substring(d.bounds[i], d.bounds[i+1]))
	b.createData(o, "index", d.bounds[i])
	b.createData(o, "input", d.input)
	if s.seg.granularity == "word" {
		b.createData(o, "isWordLike", d.wordLike[i])
	}
	return o
}

func (b *installer) segmenterCtor() goja.Value {
	rt := b.rt
	var states slots[segmenter]
	var segs slots[segments]
	var iters slots[segmentIterator]
	const class = "Intl.Segmenter"
	c, proto := b.ctor(class, 0, func(call goja.ConstructorCall) *goja.Object {
		req := b.canonicalizeLocaleList(call.Argument(0))
		var opts *goja.Object
		if o := call.Argument(1); !goja.IsUndefined(o) {
			var ok bool
			if opts, ok = o.(*goja.Object); !ok {
				b.typeError("invalid_argument")
			}
		}
		s := &segmenter{}
		b.getOption(opts, "localeMatcher", class, []string{"lookup", "best fit"}, "best fit")
		_, s.locale = resolveLocale(req)
		s.granularity = b.getOption(opts, "granularity", class, []string{"grapheme", "word", "sentence"}, "grapheme")
		states.put(call.This, s)
		return nil
	})
	Named(rt, c, "Segmenter", 0)
	b.native[c] = "Segmenter"
	this := func(v goja.Value, method string) *segmenter {
		s := states.get(v)
		if s == nil {
			b.typeError("Method Intl.Segmenter.prototype." + method + " called on incompatible receiver " + b.describe(v))
		}
		return s
	}
	b.supportedLocalesOf(c)

	iterProto := rt.CreateObject(b.iterProto)
	b.method(iterProto, "next", 0, func(call goja.FunctionCall) goja.Value {
		it := iters.get(call.This)
		if it == nil {
			b.typeError("Method %SegmentIterator.prototype%.next called on incompatible receiver " + b.describe(call.This))
		}
		d := it.s.compute()
		if it.pos >= len(d.bounds)-1 {
			return b.iterResult(nil, true)
		}
		it.pos++
		return b.iterResult(b.segmentRecord(it.s, d, it.pos-1), false)
	})
	b.tag(iterProto, "Segmenter String Iterator")

	segsProto := rt.NewObject()
	segsThis := func(v goja.Value, method string) *segments {
		s := segs.get(v)
		if s == nil {
			b.typeError("Method %Segments.prototype%." + method + " called on incompatible receiver " + b.describe(v))
		}
		return s
	}
	b.method(segsProto, "containing", 1, func(call goja.FunctionCall) goja.Value {
		s := segsThis(call.This, "containing")
		v := call.Argument(0)
		if _, ok := v.(*goja.Symbol); ok {
			b.typeError("Cannot convert a Symbol value to a number")
		}
		n := math.Trunc(v.ToFloat())
		d := s.compute()
		if n != n {
			n = 0
		}
		if n < 0 || n >= float64(s.str.Length()) {
			return goja.Undefined()
		}
		i := sort.SearchInts(d.bounds, int(n)+1) - 1
		return b.segmentRecord(s, d, i)
	})
	iterFn := b.fn("[Symbol.iterator]", 0, func(call goja.FunctionCall) goja.Value {
		s := segsThis(call.This, "[Symbol.iterator]")
		it := rt.CreateObject(iterProto)
		iters.put(it, &segmentIterator{s: s})
		return it
	})
	_ = segsProto.DefineDataPropertySymbol(goja.SymIterator, iterFn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	b.method(proto, "resolvedOptions", 0, func(call goja.FunctionCall) goja.Value {
		s := this(call.This, "resolvedOptions")
		o := rt.NewObject()
		b.createData(o, "locale", s.locale)
		b.createData(o, "granularity", s.granularity)
		return o
	})
	b.method(proto, "segment", 1, func(call goja.FunctionCall) goja.Value {
		s := this(call.This, "segment")
		v := b.toString(call.Argument(0))
		str, ok := v.(goja.String)
		if !ok {
			str = rt.ToValue(v.String()).(goja.String)
		}
		o := rt.CreateObject(segsProto)
		segs.put(o, &segments{seg: s, str: str})
		return o
	})
	b.tag(proto, class)
	return c
}
