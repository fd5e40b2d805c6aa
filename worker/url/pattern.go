package url

import (
	"sort"
	"strconv"

	"github.com/dop251/goja"
	"github.com/dunglas/go-urlpattern"

	"github.com/mcrepl/mcrepl/worker/events"
)

// pattern is one URLPattern.
type pattern struct{ p *urlpattern.URLPattern }

var componentNames = []string{"protocol", "username", "password", "hostname", "port", "pathname", "search", "hash"}

const patternError = "Failed to construct URLPattern"

// URLPattern's surface, as workerd declares it: the component getters,
// hasRegExpGroups, test and exec.
func (s *state) initPattern() {
	r := s.env.Realm
	s.patternCtor, s.patternProto = r.Class("URLPattern", nil, func(call goja.ConstructorCall) *goja.Object {
		p, ok := s.newPattern(call.Argument(0), call.Argument(1), call.Argument(2))
		if !ok {
			s.throwTypeError(patternError)
		}
		s.patterns.Put(call.This, &pattern{p})
		return nil
	})
	pr := s.patternProto
	for _, name := range componentNames {
		get := componentGetter(name)
		r.Accessor(pr, name, func(call goja.FunctionCall) goja.Value {
			return s.rt.ToValue(get(s.thisPattern(call).p))
		}, nil)
	}
	r.Accessor(pr, "hasRegExpGroups", func(call goja.FunctionCall) goja.Value {
		return s.rt.ToValue(s.thisPattern(call).p.HasRegexpGroups())
	}, nil)
	r.Method(pr, "test", func(call goja.FunctionCall) goja.Value {
		p := s.thisPattern(call)
		res, _ := s.exec(p, call.Argument(0), call.Argument(1))
		return s.rt.ToValue(res != nil)
	})
	r.Method(pr, "exec", func(call goja.FunctionCall) goja.Value {
		p := s.thisPattern(call)
		res, inputs := s.exec(p, call.Argument(0), call.Argument(1))
		if res == nil {
			return goja.Null()
		}
		return s.resultObject(p, res, inputs)
	})
	s.finishProto(pr)
}

func componentGetter(name string) func(*urlpattern.URLPattern) string {
	switch name {
	case "protocol":
		return (*urlpattern.URLPattern).Protocol
	case "username":
		return (*urlpattern.URLPattern).Username
	case "password":
		return (*urlpattern.URLPattern).Password
	case "hostname":
		return (*urlpattern.URLPattern).Hostname
	case "port":
		return (*urlpattern.URLPattern).Port
	case "pathname":
		return (*urlpattern.URLPattern).Pathname
	case "search":
		return (*urlpattern.URLPattern).Search
	}
	return (*urlpattern.URLPattern).Hash
}

func (s *state) thisPattern(call goja.FunctionCall) *pattern {
	p := s.patterns.Get(call.This)
	if p == nil {
		s.throwTypeError(events.IllegalInvocation)
	}
	return p
}

// newPattern is the constructor's overload resolution: (input, baseURL,
// options) when the second argument is a string, (input, options)
// otherwise.
func (s *state) newPattern(input, second, third goja.Value) (*urlpattern.URLPattern, bool) {
	optsArg := second
	var base *string
	if _, isObj := second.(*goja.Object); !isObj && !goja.IsUndefined(second) && !goja.IsNull(second) {
		b := s.usv(second)
		base = &b
		optsArg = third
	}
	opts := &urlpattern.Options{}
	if o, ok := optsArg.(*goja.Object); ok {
		opts.IgnoreCase = truthy(o.Get("ignoreCase"))
	} else if !goja.IsUndefined(optsArg) && !goja.IsNull(optsArg) {
		return nil, false
	}
	var (
		p   *urlpattern.URLPattern
		err error
	)
	if o, ok := input.(*goja.Object); ok {
		if base != nil {
			return nil, false
		}
		p, err = s.initOf(o).New(opts)
	} else if goja.IsUndefined(input) || goja.IsNull(input) {
		p, err = (&urlpattern.URLPatternInit{}).New(opts)
	} else {
		b := ""
		if base != nil {
			b = *base
		}
		p, err = safeNew(s.usv(input), b, base != nil, opts)
	}
	if err != nil || p == nil {
		return nil, false
	}
	return p, true
}

// safeNew calls urlpattern.New, turning a panic of the library into a
// failure (a bad pattern must throw workerd's TypeError, never crash).
func safeNew(input, base string, hasBase bool, opts *urlpattern.Options) (p *urlpattern.URLPattern, err error) {
	defer func() {
		if recover() != nil {
			p, err = nil, errPanic
		}
	}()
	if hasBase && base == "" {
		return nil, errPanic
	}
	return urlpattern.New(input, base, opts)
}

type patternErr string

func (e patternErr) Error() string { return string(e) }

const errPanic = patternErr("urlpattern failed")

// initOf converts a URLPatternInit dictionary.
func (s *state) initOf(o *goja.Object) *urlpattern.URLPatternInit {
	init := &urlpattern.URLPatternInit{}
	field := func(name string) *string {
		v := o.Get(name)
		if v == nil || goja.IsUndefined(v) {
			return nil
		}
		str := s.usv(v)
		return &str
	}
	// WebIDL reads a dictionary's members in alphabetical order.
	init.BaseURL = field("baseURL")
	init.Hash = field("hash")
	init.Hostname = field("hostname")
	init.Password = field("password")
	init.Pathname = field("pathname")
	init.Port = field("port")
	init.Protocol = field("protocol")
	init.Search = field("search")
	init.Username = field("username")
	return init
}

// exec matches input (a string with an optional base, or an init
// dictionary) and returns the result and the inputs as given.
func (s *state) exec(p *pattern, input, base goja.Value) (res *urlpattern.URLPatternResult, inputs []goja.Value) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(patternErr); ok {
				res, inputs = nil, nil
				return
			}
			panic(r)
		}
	}()
	if o, ok := input.(*goja.Object); ok {
		if !goja.IsUndefined(base) {
			s.throwTypeError("Failed to execute 'exec' on 'URLPattern': parameter 2 is not of type 'USVString'.")
		}
		return p.p.ExecInit(s.initOf(o)), []goja.Value{input}
	}
	in := ""
	if !goja.IsUndefined(input) {
		in = s.usv(input)
	} else {
		return p.p.ExecInit(&urlpattern.URLPatternInit{}), []goja.Value{s.rt.NewObject()}
	}
	b := ""
	inputs = []goja.Value{s.rt.ToValue(in)}
	if !goja.IsUndefined(base) {
		b = s.usv(base)
		inputs = append(inputs, s.rt.ToValue(b))
		if b == "" {
			return nil, nil
		}
	}
	return p.p.Exec(in, b), inputs
}

// groups lists a component pattern's groups in order (a ":name", with or
// without a regexp after it, by its name; a "(regexp)" or a "*" wildcard
// by the next number) and says which are optional (a ? or * modifier
// after the group, or after the {...} holding it).
func groups(pat string) (names []string, optional map[string]bool) {
	optional = map[string]bool{}
	n := 0
	var brace []int // indexes in names where each open {...} began
	mark := func(from int, i int) {
		if i < len(pat) && (pat[i] == '?' || pat[i] == '*') {
			for _, nm := range names[from:] {
				optional[nm] = true
			}
		}
	}
	prevGroup := false // the last token ends a group: a * after it is a modifier
	for i := 0; i < len(pat); {
		c := pat[i]
		switch {
		case c == '\\':
			i += 2
			prevGroup = false
			continue
		case c == ':':
			j := i + 1
			for j < len(pat) && isNameByte(pat[j], j == i+1) {
				j++
			}
			if j > i+1 {
				names = append(names, pat[i+1:j])
				i = j
				if i < len(pat) && pat[i] == '(' {
					i = skipRegexp(pat, i)
				}
				mark(len(names)-1, i)
				prevGroup = true
				continue
			}
		case c == '(':
			names = append(names, strconv.Itoa(n))
			n++
			i = skipRegexp(pat, i)
			mark(len(names)-1, i)
			prevGroup = true
			continue
		case c == '*' && !prevGroup:
			names = append(names, strconv.Itoa(n))
			n++
			i++
			mark(len(names)-1, i)
			prevGroup = true
			continue
		case c == '{':
			brace = append(brace, len(names))
		case c == '}' && len(brace) > 0:
			mark(brace[len(brace)-1], i+1)
			brace = brace[:len(brace)-1]
		}
		prevGroup = false
		i++
	}
	return names, optional
}

func isNameByte(c byte, first bool) bool {
	return c == '_' || c == '$' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || !first && '0' <= c && c <= '9' || c >= 0x80
}

// skipRegexp returns the index after the balanced "(...)" at i.
func skipRegexp(pat string, i int) int {
	depth := 0
	for ; i < len(pat); i++ {
		switch pat[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return i
}

func (s *state) resultObject(p *pattern, res *urlpattern.URLPatternResult, inputs []goja.Value) goja.Value {
	o := s.rt.NewObject()
	_ = o.Set("inputs", s.rt.NewArray(toAny(inputs)...))
	comps := []urlpattern.URLPatternComponentResult{res.Protocol, res.Username, res.Password, res.Hostname, res.Port, res.Pathname, res.Search, res.Hash}
	for i, name := range componentNames {
		c := comps[i]
		co := s.rt.NewObject()
		_ = co.Set("input", c.Input)
		gs := s.rt.NewObject()
		// Named groups in the order the pattern names them; the numbered
		// ones come first anyway, as integer keys do.
		names, optional := groups(componentGetter(name)(p.p))
		order := map[string]int{}
		for j, n := range names {
			order[n] = j
		}
		if c.Groups == nil && c.Input == "" && len(names) > 0 {
			// go-urlpattern reports no groups when its component matched
			// the empty input; the standard (and workerd) has each group,
			// empty ({"0": ""} for the default "*").
			c.Groups = map[string]string{}
			for _, n := range names {
				c.Groups[n] = ""
			}
		}
		keys := make([]string, 0, len(c.Groups))
		for k := range c.Groups {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(a, b int) bool {
			na, ea := strconv.Atoi(keys[a])
			nb, eb := strconv.Atoi(keys[b])
			if ea == nil && eb == nil {
				return na < nb
			}
			if (ea == nil) != (eb == nil) {
				return ea == nil
			}
			return order[keys[a]] < order[keys[b]]
		})
		for _, k := range keys {
			// Go's regexp reports a group that did not take part in the
			// match as "", where JavaScript's has undefined: an optional
			// group that matched nothing is taken to be one.
			if v := c.Groups[k]; v == "" && optional[k] {
				_ = gs.Set(k, goja.Undefined())
			} else {
				_ = gs.Set(k, v)
			}
		}
		_ = co.Set("groups", gs)
		_ = o.Set(name, co)
	}
	return o
}

func toAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }
