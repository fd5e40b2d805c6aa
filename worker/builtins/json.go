package builtins

import (
	"github.com/dop251/goja"
)

// installJSON gives JSON.parse's reviver the source text of each
// primitive (JSON.parse source text access, ES2026): reviver(key, value,
// {source}) for a primitive still equal to what was parsed, {} for objects
// and arrays; and keeps lone surrogates (parseJSON).
func (b *installer) installJSON() {
	j := b.intrinsic("JSON")
	if j == nil {
		return
	}
	orig, ok := goja.AssertFunction(j.Get("parse"))
	if !ok {
		return
	}
	b.jsonParse = orig
	var define goja.Callable
	if r := b.intrinsic("Reflect"); r != nil {
		define, _ = goja.AssertFunction(r.Get("defineProperty"))
	}
	b.method(j, "parse", 2, func(call goja.FunctionCall) goja.Value {
		reviver, ok := goja.AssertFunction(call.Argument(1))
		if !ok {
			return b.parseJSON(orig, define, call.Argument(0))
		}
		v := b.parseJSON(orig, define, call.Argument(0))
		src, _ := scanJSON(call.Argument(0).String())
		root := b.rt.NewObject()
		_ = root.Set("", v)
		return b.internalize(reviver, root, "", src)
	})
	if raw, ok := goja.AssertFunction(j.Get("rawJSON")); ok {
		// goja's own checks, with V8's messages in front of them
		b.method(j, "rawJSON", 1, func(call goja.FunctionCall) goja.Value {
			str := b.toString(call.Argument(0))
			s, _ := str.(goja.String)
			if s == nil {
				return mustCall(raw, str)
			}
			units := stringUnits(s)
			if n := len(units); n == 0 || units[n-1] == ' ' || units[n-1] == '\t' || units[n-1] == '\n' || units[n-1] == '\r' {
				b.syntaxError("Invalid value for JSON.rawJSON")
			}
			if msg := jsonSyntaxError(units, true); msg != "" {
				b.syntaxError(msg)
			}
			return mustCall(raw, str)
		})
	}
}

// syntaxError throws a SyntaxError with msg.
func (b *installer) syntaxError(msg string) {
	if b.jsonParse != nil {
		if _, err := b.jsonParse(goja.Undefined(), b.rt.ToValue("")); err != nil {
			if ex, ok := err.(*goja.Exception); ok {
				if o, ok := ex.Value().(*goja.Object); ok {
					_ = o.DefineDataProperty("message", b.rt.ToValue(msg), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
					panic(o)
				}
			}
		}
	}
	b.typeError(msg)
}

// jsonNode is the source of one parsed value: a primitive's text, an
// array's elements or an object's members (the last of a duplicate key).
type jsonNode struct {
	source   string // primitives only
	elems    []*jsonNode
	members  map[string]*jsonNode
	compound bool
}

// internalize is InternalizeJSONProperty with the source snapshot.
func (b *installer) internalize(reviver goja.Callable, holder *goja.Object, key string, node *jsonNode) goja.Value {
	rt := b.rt
	val := holder.Get(key)
	if val == nil {
		val = goja.Undefined()
	}
	ctx := rt.NewObject()
	if o, ok := val.(*goja.Object); ok {
		isArray := o.ClassName() == "Array"
		if isArray {
			n := o.Get("length").ToInteger()
			for i := int64(0); i < n; i++ {
				var child *jsonNode
				if node != nil && node.compound && node.elems != nil && i < int64(len(node.elems)) {
					child = node.elems[i]
				}
				b.reviveInto(reviver, o, itoa(i), child)
			}
		} else {
			for _, k := range o.Keys() {
				var child *jsonNode
				if node != nil && node.compound && node.members != nil {
					child = node.members[k]
				}
				b.reviveInto(reviver, o, k, child)
			}
		}
	} else if node != nil && !node.compound {
		_ = ctx.Set("source", node.source)
	}
	return mustCallThis(reviver, holder, rt.ToValue(key), val, ctx)
}

func (b *installer) reviveInto(reviver goja.Callable, o *goja.Object, k string, child *jsonNode) {
	nv := b.internalize(reviver, o, k, child)
	if goja.IsUndefined(nv) {
		_ = o.Delete(k)
	} else {
		_ = o.DefineDataProperty(k, nv, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
}

func mustCallThis(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// scanJSON reads the structure of text, which JSON.parse has accepted,
// recording each primitive's source. It returns nil on anything
// unexpected (the reviver then gets no sources).
func scanJSON(text string) (*jsonNode, bool) {
	s := &jsonScanner{s: text}
	n := s.value()
	return n, n != nil
}

type jsonScanner struct {
	s string
	i int
}

func (s *jsonScanner) ws() {
	for s.i < len(s.s) && (s.s[s.i] == ' ' || s.s[s.i] == '\t' || s.s[s.i] == '\n' || s.s[s.i] == '\r') {
		s.i++
	}
}

func (s *jsonScanner) value() *jsonNode {
	s.ws()
	if s.i >= len(s.s) {
		return nil
	}
	switch c := s.s[s.i]; {
	case c == '{':
		s.i++
		n := &jsonNode{compound: true, members: map[string]*jsonNode{}}
		s.ws()
		if s.i < len(s.s) && s.s[s.i] == '}' {
			s.i++
			return n
		}
		for {
			s.ws()
			start := s.i
			if !s.str() {
				return nil
			}
			key, ok := unquoteJSON(s.s[start:s.i])
			if !ok {
				return nil
			}
			s.ws()
			if s.i >= len(s.s) || s.s[s.i] != ':' {
				return nil
			}
			s.i++
			v := s.value()
			if v == nil {
				return nil
			}
			n.members[key] = v
			s.ws()
			if s.i < len(s.s) && s.s[s.i] == ',' {
				s.i++
				continue
			}
			if s.i < len(s.s) && s.s[s.i] == '}' {
				s.i++
				return n
			}
			return nil
		}
	case c == '[':
		s.i++
		n := &jsonNode{compound: true, elems: []*jsonNode{}}
		s.ws()
		if s.i < len(s.s) && s.s[s.i] == ']' {
			s.i++
			return n
		}
		for {
			v := s.value()
			if v == nil {
				return nil
			}
			n.elems = append(n.elems, v)
			s.ws()
			if s.i < len(s.s) && s.s[s.i] == ',' {
				s.i++
				continue
			}
			if s.i < len(s.s) && s.s[s.i] == ']' {
				s.i++
				return n
			}
			return nil
		}
	case c == '"':
		start := s.i
		if !s.str() {
			return nil
		}
		return &jsonNode{source: s.s[start:s.i]}
	default:
		start := s.i
		for s.i < len(s.s) && !isJSONDelim(s.s[s.i]) {
			s.i++
		}
		if s.i == start {
			return nil
		}
		return &jsonNode{source: s.s[start:s.i]}
	}
}

func isJSONDelim(c byte) bool {
	switch c {
	case ',', ']', '}', ' ', '\t', '\n', '\r', ':':
		return true
	}
	return false
}

// str skips a string literal.
func (s *jsonScanner) str() bool {
	if s.i >= len(s.s) || s.s[s.i] != '"' {
		return false
	}
	for s.i++; s.i < len(s.s); s.i++ {
		switch s.s[s.i] {
		case '\\':
			s.i++
		case '"':
			s.i++
			return true
		}
	}
	return false
}
