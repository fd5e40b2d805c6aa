package url

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/encoding"
	"github.com/mcrepl/mcrepl/worker/events"
)

// Pair is one name-value pair of a URLSearchParams list.
type Pair struct{ Name, Value string }

// params is one URLSearchParams: its list, and the URL whose query it is
// (none for a URLSearchParams made by its constructor). A URL's
// URLSearchParams is a dynamic object (urlParams), in no slot, so the URL
// and it may refer to each other: the collector takes both together.
type params struct {
	list []Pair
	url  *urlObj
}

// update is the URL standard's URLSearchParams update steps: the URL's
// query becomes the serialized list (null when it is empty).
func (p *params) update() {
	u := p.url
	if u == nil {
		return
	}
	q := SerializeURLEncoded(p.list)
	u.u.query, u.u.hasQuery = q, q != ""
}

// URLSearchParams' surface, as workerd declares it: size, the methods, and
// Symbol.iterator (a function of its own, not entries).
func (s *state) initParams() {
	r := s.env.Realm
	s.paramsCtor, s.paramsProto = r.Class("URLSearchParams", nil, func(call goja.ConstructorCall) *goja.Object {
		p := &params{}
		if v := call.Argument(0); !goja.IsUndefined(v) {
			p.list = s.initList(v)
		}
		s.params.Put(call.This, p)
		return nil
	})
	pr := s.paramsProto
	r.Accessor(pr, "size", func(call goja.FunctionCall) goja.Value {
		return s.rt.ToValue(len(s.thisParams(call).list))
	}, nil)
	args := func(call goja.FunctionCall, method string, n int) []string {
		// Converted in order, as workerd does: what the first one throws (a
		// Symbol) comes before a missing second.
		out := make([]string, n)
		for i := range out {
			if i >= len(call.Arguments) {
				typeErrorExecute(s, method, "URLSearchParams", i+1, "USVString")
			}
			out[i] = s.usv(call.Arguments[i])
		}
		return out
	}
	// optional reads the value argument of delete and has: undefined is
	// no value.
	optional := func(call goja.FunctionCall) (string, bool) {
		v := call.Argument(1)
		if goja.IsUndefined(v) {
			return "", false
		}
		return s.usv(v), true
	}
	r.Method(pr, "append", func(call goja.FunctionCall) goja.Value {
		p := s.thisParams(call)
		a := args(call, "append", 2)
		p.list = append(p.list, Pair{a[0], a[1]})
		p.update()
		return goja.Undefined()
	})
	r.Method(pr, "delete", func(call goja.FunctionCall) goja.Value {
		p := s.thisParams(call)
		name := args(call, "delete", 1)[0]
		value, hasValue := optional(call)
		kept := p.list[:0]
		for _, e := range p.list {
			if e.Name != name || hasValue && e.Value != value {
				kept = append(kept, e)
			}
		}
		clear(p.list[len(kept):])
		p.list = kept
		p.update()
		return goja.Undefined()
	})
	r.Method(pr, "get", func(call goja.FunctionCall) goja.Value {
		p := s.thisParams(call)
		name := args(call, "get", 1)[0]
		for _, e := range p.list {
			if e.Name == name {
				return s.rt.ToValue(e.Value)
			}
		}
		return goja.Null()
	})
	r.Method(pr, "getAll", func(call goja.FunctionCall) goja.Value {
		p := s.thisParams(call)
		name := args(call, "getAll", 1)[0]
		out := []any{}
		for _, e := range p.list {
			if e.Name == name {
				out = append(out, e.Value)
			}
		}
		return s.rt.NewArray(out...)
	})
	r.Method(pr, "has", func(call goja.FunctionCall) goja.Value {
		p := s.thisParams(call)
		name := args(call, "has", 1)[0]
		value, hasValue := optional(call)
		for _, e := range p.list {
			if e.Name == name && (!hasValue || e.Value == value) {
				return s.rt.ToValue(true)
			}
		}
		return s.rt.ToValue(false)
	})
	r.Method(pr, "set", func(call goja.FunctionCall) goja.Value {
		p := s.thisParams(call)
		a := args(call, "set", 2)
		found := false
		kept := p.list[:0]
		for _, e := range p.list {
			if e.Name != a[0] {
				kept = append(kept, e)
			} else if !found {
				found = true
				kept = append(kept, Pair{a[0], a[1]})
			}
		}
		clear(p.list[len(kept):])
		p.list = kept
		if !found {
			p.list = append(p.list, Pair{a[0], a[1]})
		}
		p.update()
		return goja.Undefined()
	})
	r.Method(pr, "sort", func(call goja.FunctionCall) goja.Value {
		p := s.thisParams(call)
		sort.SliceStable(p.list, func(i, j int) bool { return lessUTF16(p.list[i].Name, p.list[j].Name) })
		p.update()
		return goja.Undefined()
	})
	s.initIterators()
	for i, name := range []string{"entries", "keys", "values"} {
		kind := i
		r.Method(pr, name, func(call goja.FunctionCall) goja.Value {
			return s.newIter(s.thisParams(call), kind)
		})
	}
	r.Method(pr, "forEach", func(call goja.FunctionCall) goja.Value {
		p := s.thisParams(call)
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			typeErrorExecute(s, "forEach", "URLSearchParams", 1, "function")
		}
		this := call.Argument(1)
		// The list is read afresh at each step: the callback may change it.
		for i := 0; i < len(p.list); i++ {
			e := p.list[i]
			if _, err := fn(this, s.rt.ToValue(e.Value), s.rt.ToValue(e.Name), call.This); err != nil {
				panic(err)
			}
		}
		return goja.Undefined()
	})
	r.Method(pr, "toString", func(call goja.FunctionCall) goja.Value {
		return s.rt.ToValue(SerializeURLEncoded(s.thisParams(call).list))
	})
	s.finishProto(pr)
	_ = pr.DefineDataPropertySymbol(goja.SymIterator, r.Func("", 0, func(call goja.FunctionCall) goja.Value {
		return s.newIter(s.thisParams(call), iterEntries)
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (s *state) thisParams(call goja.FunctionCall) *params {
	p := s.paramsOf(call.This)
	if p == nil {
		s.throwTypeError(events.IllegalInvocation)
	}
	return p
}

// callableIterator reports whether o's @@iterator is a function.
func callableIterator(o *goja.Object) bool {
	_, ok := goja.AssertFunction(o.GetSymbol(goja.SymIterator))
	return ok
}

// initList converts the constructor's argument: a sequence of pairs, a
// record, or a string (a leading "?" dropped).
func (s *state) initList(v goja.Value) []Pair {
	o, isObj := v.(*goja.Object)
	if !isObj {
		str := s.usv(v)
		return ParseURLEncoded(strings.TrimPrefix(str, "?"))
	}
	// A sequence when @@iterator is callable, else a record (workerd's
	// union conversion: a non-callable @@iterator makes a record).
	if callableIterator(o) {
		var list []Pair
		s.rt.ForOf(o, func(item goja.Value) bool {
			io, ok := item.(*goja.Object)
			if !ok || !callableIterator(io) {
				s.throwTypeError("Incorrect type: the provided value is not of type 'Sequence'.")
			}
			var pair []string
			s.rt.ForOf(io, func(x goja.Value) bool {
				pair = append(pair, s.usv(x))
				return true
			})
			if len(pair) != 2 {
				s.throwTypeError("Invalid URL search params sequence.")
			}
			list = append(list, Pair{pair[0], pair[1]})
			return true
		})
		return list
	}
	// A record<USVString, USVString>: the own enumerable string keys, in
	// order; a key that is a duplicate once converted keeps its first
	// place and takes the last value.
	if s.recordEntries == nil {
		s.throwTypeError("Reflect.ownKeys is not available")
	}
	kv, err := s.recordEntries(goja.Undefined(), o)
	if err != nil {
		panic(err)
	}
	arr, ok := kv.(*goja.Object)
	if !ok {
		s.throwTypeError("Invalid URL search params record.")
	}
	n := int(arr.Get("length").ToInteger())
	var list []Pair
	index := map[string]int{}
	for i := 0; i+1 < n; i += 2 {
		k := s.usv(arr.Get(strconv.Itoa(i)))
		v := s.usv(arr.Get(strconv.Itoa(i + 1)))
		if j, ok := index[k]; ok {
			list[j].Value = v
			continue
		}
		index[k] = len(list)
		list = append(list, Pair{k, v})
	}
	return list
}

// recordSource reads a record's entries the way WebIDL converts one:
// Reflect.ownKeys, string keys whose own descriptor is enumerable, each
// value read with [[Get]] (so a throwing getter throws). It is called with
// the isolate's original Reflect.ownKeys and Object.getOwnPropertyDescriptor
// (host.Intrinsics) and returns the reader, which reads no global.
const recordSource = `(function (ownKeys, getOwnPropertyDescriptor) {
	return (o) => {
		const r = [];
		for (const k of ownKeys(o)) {
			if (typeof k !== 'string') continue;
			const d = getOwnPropertyDescriptor(o, k);
			if (d !== undefined && d.enumerable) { r[r.length] = k; r[r.length] = o[k]; }
		}
		return r;
	};
})`

// lessUTF16 orders strings by their UTF-16 code units, as
// URLSearchParams.sort does.
func lessUTF16(a, b string) bool {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		if ra != rb {
			return unit(ra) < unit(rb) || unit(ra) == unit(rb) && ra < rb
		}
		a, b = a[na:], b[nb:]
	}
	return a == "" && b != ""
}

// unit is the first UTF-16 code unit of r.
func unit(r rune) rune {
	if r >= 0x10000 {
		return 0xd800 + (r-0x10000)>>10
	}
	return r
}

// ParseURLEncoded is the application/x-www-form-urlencoded parser: pairs
// split on '&', name and value on the first '=', '+' as space, then
// percent-decoded and UTF-8 decoded with U+FFFD for malformed bytes.
func ParseURLEncoded(input string) []Pair {
	var list []Pair
	for input != "" {
		seq := input
		if i := strings.IndexByte(input, '&'); i >= 0 {
			seq, input = input[:i], input[i+1:]
		} else {
			input = ""
		}
		if seq == "" {
			continue
		}
		name, value, _ := strings.Cut(seq, "=")
		list = append(list, Pair{formDecode(name), formDecode(value)})
	}
	return list
}

func formDecode(s string) string {
	if strings.IndexByte(s, '+') < 0 && strings.IndexByte(s, '%') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '+':
			b = append(b, ' ')
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
		default:
			b = append(b, c)
		}
	}
	return encoding.DecodeUTF8(b)
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// SerializeURLEncoded is the application/x-www-form-urlencoded serializer.
func SerializeURLEncoded(list []Pair) string {
	var b strings.Builder
	for i, e := range list {
		if i > 0 {
			b.WriteByte('&')
		}
		formEncode(&b, e.Name)
		b.WriteByte('=')
		formEncode(&b, e.Value)
	}
	return b.String()
}

const upperHex = "0123456789ABCDEF"

// formEncode percent-encodes s with the application/x-www-form-urlencoded
// percent-encode set, space as '+'.
func formEncode(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '*', c == '-', c == '.', c == '_':
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		default:
			b.WriteByte('%')
			b.WriteByte(upperHex[c>>4])
			b.WriteByte(upperHex[c&15])
		}
	}
}

const (
	iterEntries = iota
	iterKeys
	iterValues
)

// paramsIter is a live iterator over a URLSearchParams list.
type paramsIter struct {
	p     *params
	kind  int
	index int
}

// initIterators makes EntryIterator, KeyIterator and ValueIterator, whose
// prototypes inherit from %IteratorPrototype%.
func (s *state) initIterators() {
	r := s.env.Realm
	iterProto := s.env.IteratorPrototype()
	for i, name := range []string{"EntryIterator", "KeyIterator", "ValueIterator"} {
		_, p := r.Class(name, iterProto, nil)
		r.Method(p, "next", s.iterNext)
		s.finishProto(p)
		_ = p.DefineDataPropertySymbol(goja.SymIterator, r.Func("", 0, func(call goja.FunctionCall) goja.Value {
			return call.This
		}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		s.iterProtos[i] = p
	}
}

func (s *state) newIter(p *params, kind int) goja.Value {
	o := s.rt.CreateObject(s.iterProtos[kind])
	s.iters.Put(o, &paramsIter{p: p, kind: kind})
	return o
}

func (s *state) iterNext(call goja.FunctionCall) goja.Value {
	it := s.iters.Get(call.This)
	if it == nil {
		s.throwTypeError(events.IllegalInvocation)
	}
	res := s.rt.NewObject()
	if it.index >= len(it.p.list) {
		_ = res.Set("done", true)
		_ = res.Set("value", goja.Undefined())
		return res
	}
	e := it.p.list[it.index]
	it.index++
	var v goja.Value
	switch it.kind {
	case iterKeys:
		v = s.rt.ToValue(e.Name)
	case iterValues:
		v = s.rt.ToValue(e.Value)
	default:
		v = s.rt.NewArray(e.Name, e.Value)
	}
	_ = res.Set("done", false)
	_ = res.Set("value", v)
	return res
}
