package builtins

import (
	_ "embed"
	"encoding/json"
	"math"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// formatRange and formatRangeToParts of Intl.DateTimeFormat. ICU picks an
// interval pattern by the format's skeleton and the greatest field in
// which the two dates differ (year, month, day, am/pm, hour, minute,
// second); when the format shows no field that differs, the range is the
// one date. data/daterange.json holds, per locale, format (rangeKey) and
// greatest field, the parts of V8's output for two sample dates as tokens
// (recorded by data/record_dateranges.js); a field is rendered with the
// pattern letters that give its recorded sample value (the interval
// pattern may pad where the format does not: de "31.12.2024 – 01.01.2025").

//go:embed data/daterange.json
var dateRangeJSON []byte

var dateRangesLazy = lazyValue[map[string]map[string]map[string]string]{f: func() map[string]map[string]map[string]string {
	var m map[string]map[string]map[string]string
	if err := json.Unmarshal(dateRangeJSON, &m); err != nil {
		panic(err) // the embedded file is ours
	}
	return m
}}

func dateRanges() map[string]map[string]map[string]string { return dateRangesLazy.get() }

var fieldLettersLazy = lazyValue[map[byte]string]{f: func() map[byte]string {
	return map[byte]string{'y': "year", 'M': "month", 'd': "day", 'E': "weekday", 'h': "hour", 'H': "hour", 'm': "minute", 's': "second", 'a': "dayPeriod"}
}}

func fieldLetters() map[byte]string { return fieldLettersLazy.get() }

// patternFields maps a part type to its letters in an ICU pattern.
func patternFields(p string, into map[string]string) {
	for i := 0; i < len(p); {
		c := p[i]
		if c == '\'' {
			j := strings.IndexByte(p[i+1:], '\'')
			i += j + 2
			continue
		}
		j := i
		for j < len(p) && p[j] == c {
			j++
		}
		if typ, ok := fieldLetters()[c]; ok {
			if _, seen := into[typ]; !seen {
				into[typ] = p[i:j]
			}
		}
		i = j
	}
}

// greatestDifference is the largest calendar field in which x and y
// differ, "" when none does.
func greatestDifference(x, y time.Time) string {
	switch {
	case x.Year() != y.Year():
		return "year"
	case x.Month() != y.Month():
		return "month"
	case x.Day() != y.Day():
		return "day"
	case (x.Hour() < 12) != (y.Hour() < 12):
		return "ampm"
	case x.Hour() != y.Hour():
		return "hour"
	case x.Minute() != y.Minute():
		return "minute"
	case x.Second() != y.Second():
		return "second"
	}
	return "" // milliseconds, which no format shows
}

// The sample dates of data/record_dateranges.js: the start, and per
// greatest field the end.
var (
	rangeSampleStart = time.Date(2024, 3, 5, 9, 7, 9, 0, time.UTC)
)

// rangeSampleEnd is the sample end date for the greatest field g (a switch:
// no map is built at every start).
func rangeSampleEnd(g string) time.Time {
	switch g {
	case "year":
		return time.Date(2025, 4, 6, 10, 8, 10, 0, time.UTC)
	case "month":
		return time.Date(2024, 4, 6, 10, 8, 10, 0, time.UTC)
	case "day":
		return time.Date(2024, 3, 6, 10, 8, 10, 0, time.UTC)
	case "ampm":
		return time.Date(2024, 3, 5, 15, 8, 10, 0, time.UTC)
	case "hour":
		return time.Date(2024, 3, 5, 10, 8, 10, 0, time.UTC)
	case "minute":
		return time.Date(2024, 3, 5, 9, 8, 10, 0, time.UTC)
	case "second":
		return time.Date(2024, 3, 5, 9, 7, 10, 0, time.UTC)
	}
	return time.Time{}
}

// letterChoices are the pattern letters a field may have in an interval
// pattern.
func letterChoices(typ string) []string {
	switch typ {
	case "year":
		return []string{"y", "yy"}
	case "month":
		return []string{"M", "MM", "MMM", "MMMM"}
	case "day":
		return []string{"d", "dd"}
	case "hour":
		return []string{"h", "H", "HH"}
	case "minute":
		return []string{"mm"}
	case "second":
		return []string{"ss"}
	case "weekday":
		return []string{"EEEE"}
	case "dayPeriod":
		return []string{"a"}
	}
	return nil
}

// fieldValue renders one field of t with letters.
func (dl *dateLocale) fieldValue(letters string, t time.Time) (part, bool) {
	for _, p := range dl.pattern(letters, t, nil) {
		if p.typ != "literal" {
			return p, true
		}
	}
	return part{}, false
}

// shows tells whether the format shows the field g, the greatest in which
// two dates differ: dates always (a time format's range over days shows
// them), times when the format has them.
func (df *dateTimeFormat) shows(g string) bool {
	switch g {
	case "ampm", "hour":
		return strings.ContainsAny(df.timePat, "hH")
	case "minute":
		return strings.Contains(df.timePat, "m")
	case "second":
		return strings.Contains(df.timePat, "s")
	}
	return true
}

// rangeParts formats the range from x to y.
func (df *dateTimeFormat) rangeParts(x, y time.Time) []rangePart {
	x, y = x.In(df.zone), y.In(df.zone)
	px := df.formatParts(x)
	if df.sk != nil && df.rangeKey == "" {
		// no interval patterns recorded for these options: only a range
		// whose dates look the same is known
		if joinParts(px) == joinParts(df.formatParts(y)) {
			return tagged(px, "shared")
		}
		return nil
	}
	g := greatestDifference(x, y)
	if g == "" || !df.shows(g) {
		return tagged(px, "shared")
	}
	py := df.formatParts(y)
	tokens, ok := dateRanges()[df.dataTag][df.rangeKey][g]
	if !ok {
		sep := []rangePart{{part{"literal", " – "}, "shared"}}
		return append(append(tagged(px, "startRange"), sep...), tagged(py, "endRange")...)
	}
	own := map[string]string{}
	patternFields(df.datePat, own)
	patternFields(df.timePat, own)
	var out []rangePart
	for _, tok := range strings.Split(tokens, "|") {
		source := map[byte]string{'s': "startRange", 'e': "endRange", '=': "shared"}[tok[0]]
		if tok[1] == '\'' {
			out = append(out, rangePart{part{"literal", tok[2:]}, source})
			continue
		}
		typ, sample, _ := strings.Cut(tok[2:], ":")
		t, st := x, rangeSampleStart
		if tok[0] == 'e' {
			t, st = y, rangeSampleEnd(g)
		}
		// The letters are those that render the recorded sample, the
		// format's own first.
		letters := own[typ]
		for _, l := range append([]string{letters}, letterChoices(typ)...) {
			if p, ok := df.dl.fieldValue(l, st); ok && p.value == sample {
				letters = l
				break
			}
		}
		if p, ok := df.dl.fieldValue(letters, t); ok {
			out = append(out, rangePart{p, source})
		}
	}
	return out
}

// installDateRange defines formatRange and formatRangeToParts on
// Intl.DateTimeFormat.prototype; this unwraps the receiver.
func (b *installer) installDateRange(proto *goja.Object, this func(goja.Value, string) *dateTimeFormat) {
	rt := b.rt
	ends := func(call goja.FunctionCall) (time.Time, time.Time) {
		start, end := call.Argument(0), call.Argument(1)
		if goja.IsUndefined(start) || goja.IsUndefined(end) {
			b.typeError("Invalid time value")
		}
		num := func(v goja.Value) float64 {
			switch v.(type) {
			case *goja.Symbol:
				b.typeError("Cannot convert a Symbol value to a number")
			}
			if typeOf(v) == "bigint" {
				b.typeError("Cannot convert a BigInt value to a number")
			}
			return v.ToFloat()
		}
		xs, ys := num(start), num(end)
		clip := func(ms float64) time.Time {
			if math.IsNaN(ms) || math.IsInf(ms, 0) || math.Abs(ms) > 8.64e15 {
				b.rangeError("Invalid time value")
			}
			return time.UnixMilli(int64(ms))
		}
		x := clip(xs)
		return x, clip(ys)
	}
	b.method(proto, "formatRange", 2, func(call goja.FunctionCall) goja.Value {
		df := this(call.This, "Intl.DateTimeFormat.prototype.formatRange")
		var s strings.Builder
		for _, p := range b.rangePartsOf(df, call, ends) {
			s.WriteString(p.value)
		}
		return rt.ToValue(s.String())
	})
	b.method(proto, "formatRangeToParts", 2, func(call goja.FunctionCall) goja.Value {
		df := this(call.This, "Intl.DateTimeFormat.prototype.formatRangeToParts")
		var out []any
		for _, p := range b.rangePartsOf(df, call, ends) {
			o := rt.NewObject()
			b.createData(o, "type", p.typ)
			b.createData(o, "value", p.value)
			b.createData(o, "source", p.source)
			out = append(out, o)
		}
		return rt.NewArray(out...)
	})
}

// rangePartsOf is df.rangeParts of the call's two dates, or a RangeError
// where mcrepl has no interval pattern for df's options.
func (b *installer) rangePartsOf(df *dateTimeFormat, call goja.FunctionCall, ends func(goja.FunctionCall) (time.Time, time.Time)) []rangePart {
	out := df.rangeParts(ends(call))
	if out == nil {
		b.rangeError("mcrepl: Intl.DateTimeFormat's formatRange is not implemented for these options")
	}
	return out
}
