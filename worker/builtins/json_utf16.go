package builtins

import (
	"strconv"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// goja's JSON.parse reads the text as UTF-8 (through encoding/json), so a
// lone surrogate, escaped (`"\ud83d"`) or raw in the text, comes out as
// U+FFFD; V8 keeps it. parseJSON runs goja's parse, which decides whether
// the text is JSON and what the error is, and builds the value again from
// the text's UTF-16 code units when the text holds a surrogate (escaped or
// raw).

// parseJSON is JSON.parse(text) without a reviver; define is the original
// Reflect.defineProperty (nil when there is none).
func (b *installer) parseJSON(orig, define goja.Callable, text goja.Value) goja.Value {
	// The text is made a string once, so that an object's toString runs
	// once, as in V8.
	str := text.ToString()
	v, err := orig(goja.Undefined(), str)
	if err != nil {
		b.rethrowJSONError(err, str)
	}
	s, ok := str.(goja.String)
	if !ok {
		return v
	}
	units, ok := surrogateText(s)
	if !ok {
		return v
	}
	p := &jsonUTF16{rt: b.rt, define: define, s: units}
	if w, ok := p.value(); ok {
		p.ws()
		if p.i == len(p.s) {
			return w
		}
	}
	return v
}

// surrogateText returns s's code units when s holds a surrogate, raw or as
// a \u escape.
func surrogateText(s goja.String) ([]uint16, bool) {
	n := s.Length()
	found := false
	for i := 0; i < n && !found; i++ {
		c := s.CharAt(i)
		if utf16.IsSurrogate(rune(c)) {
			found = true
		} else if c == '\\' && i+2 < n && s.CharAt(i+1) == 'u' && (s.CharAt(i+2) == 'd' || s.CharAt(i+2) == 'D') && i+3 < n {
			switch s.CharAt(i + 3) {
			case '8', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'A', 'B', 'C', 'D', 'E', 'F':
				found = true
			}
		}
	}
	if !found {
		return nil, false
	}
	units := make([]uint16, n)
	for i := range units {
		units[i] = s.CharAt(i)
	}
	return units, true
}

// jsonUTF16 builds the value of JSON text that goja's parse has accepted;
// ok is false on anything unexpected, and the caller keeps goja's value.
type jsonUTF16 struct {
	rt     *goja.Runtime
	define goja.Callable
	s      []uint16
	i      int
}

func (p *jsonUTF16) ws() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t' || p.s[p.i] == '\n' || p.s[p.i] == '\r') {
		p.i++
	}
}

func (p *jsonUTF16) value() (goja.Value, bool) {
	rt := p.rt
	p.ws()
	if p.i >= len(p.s) {
		return nil, false
	}
	switch c := p.s[p.i]; c {
	case '{':
		p.i++
		o := rt.NewObject()
		p.ws()
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			return o, true
		}
		for {
			p.ws()
			key, ok := p.str()
			if !ok {
				return nil, false
			}
			p.ws()
			if p.i >= len(p.s) || p.s[p.i] != ':' {
				return nil, false
			}
			p.i++
			v, ok := p.value()
			if !ok {
				return nil, false
			}
			p.set(o, key.(goja.String), v)
			p.ws()
			if p.i < len(p.s) && p.s[p.i] == ',' {
				p.i++
				continue
			}
			if p.i < len(p.s) && p.s[p.i] == '}' {
				p.i++
				return o, true
			}
			return nil, false
		}
	case '[':
		p.i++
		var elems []any
		p.ws()
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			return rt.NewArray(), true
		}
		for {
			v, ok := p.value()
			if !ok {
				return nil, false
			}
			elems = append(elems, v)
			p.ws()
			if p.i < len(p.s) && p.s[p.i] == ',' {
				p.i++
				continue
			}
			if p.i < len(p.s) && p.s[p.i] == ']' {
				p.i++
				return rt.NewArray(elems...), true
			}
			return nil, false
		}
	case '"':
		return p.str()
	}
	start := p.i
	for p.i < len(p.s) && !isJSONDelimUnit(p.s[p.i]) {
		p.i++
	}
	word := string(utf16.Decode(p.s[start:p.i]))
	switch word {
	case "true":
		return rt.ToValue(true), true
	case "false":
		return rt.ToValue(false), true
	case "null":
		return goja.Null(), true
	}
	f, err := strconv.ParseFloat(word, 64)
	if err != nil {
		return nil, false
	}
	return rt.ToValue(f), true
}

func isJSONDelimUnit(c uint16) bool {
	return c < 0x80 && isJSONDelim(byte(c))
}

// str reads a string literal into its code units, lone surrogates kept.
func (p *jsonUTF16) str() (goja.Value, bool) {
	if p.i >= len(p.s) || p.s[p.i] != '"' {
		return nil, false
	}
	p.i++
	var out []uint16
	for p.i < len(p.s) {
		c := p.s[p.i]
		p.i++
		switch c {
		case '"':
			return goja.StringFromUTF16(out), true
		case '\\':
			if p.i >= len(p.s) {
				return nil, false
			}
			e := p.s[p.i]
			p.i++
			switch e {
			case '"', '\\', '/':
				out = append(out, e)
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				if p.i+4 > len(p.s) {
					return nil, false
				}
				v, err := strconv.ParseUint(string(utf16.Decode(p.s[p.i:p.i+4])), 16, 16)
				if err != nil {
					return nil, false
				}
				out = append(out, uint16(v))
				p.i += 4
			default:
				return nil, false
			}
		default:
			out = append(out, c)
		}
	}
	return nil, false
}

// set is CreateDataProperty(o, key, v): an own property even for
// "__proto__". A key that holds a surrogate goes through
// Reflect.defineProperty, which takes it as a JS string.
func (p *jsonUTF16) set(o *goja.Object, key goja.String, v goja.Value) {
	if _, odd := surrogateText(key); !odd || p.define == nil {
		_ = o.DefineDataProperty(key.String(), v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		return
	}
	desc := p.rt.NewObject()
	_ = desc.Set("value", v)
	_ = desc.Set("writable", true)
	_ = desc.Set("enumerable", true)
	_ = desc.Set("configurable", true)
	mustCall(p.define, o, key, desc)
}

// rethrowJSONError throws err, goja's refusal of text, with V8's message
// when it is a SyntaxError (json_errors.go).
func (b *installer) rethrowJSONError(err error, text goja.Value) {
	if ex, ok := err.(*goja.Exception); ok {
		if o, ok := ex.Value().(*goja.Object); ok && o.Get("name") != nil && o.Get("name").String() == "SyntaxError" {
			if s, ok := text.(goja.String); ok {
				if msg := jsonSyntaxError(stringUnits(s), false); msg != "" {
					_ = o.DefineDataProperty("message", b.rt.ToValue(msg), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
				}
			}
		}
	}
	panic(err)
}

// stringUnits is s's UTF-16 code units.
func stringUnits(s goja.String) []uint16 {
	units := make([]uint16, s.Length())
	for i := range units {
		units[i] = s.CharAt(i)
	}
	return units
}
