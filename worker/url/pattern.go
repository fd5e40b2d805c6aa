package url

import (
	"sort"
	"strconv"

	"github.com/dop251/goja"
	"github.com/dunglas/go-urlpattern"

	"github.com/mcrepl/mcrepl/worker/events"
)

// pattern is one URLPattern and the options it was made with.
type pattern struct {
	p    *urlpattern.URLPattern
	opts *urlpattern.Options
	// prefix is the pathname's prefix code point, once known (prefixKnown)
	prefix      byte
	prefixKnown bool
	rw          []rewrite // the v-flag classes rewritten (vflagPattern)
}

var componentNames = []string{"protocol", "username", "password", "hostname", "port", "pathname", "search", "hash"}

const patternError = "Failed to construct URLPattern"

// URLPattern's surface, as workerd declares it: the component getters,
// hasRegExpGroups, test and exec.
func (s *state) initPattern() {
	r := s.env.Realm
	s.patternCtor, s.patternProto = r.Class("URLPattern", nil, func(call goja.ConstructorCall) *goja.Object {
		var rw []rewrite
		p, opts, ok := s.newPattern(call.Argument(0), call.Argument(1), call.Argument(2), &rw)
		if !ok {
			s.throwTypeError(patternError)
		}
		s.patterns.Put(call.This, &pattern{p: p, opts: opts, rw: rw})
		return nil
	})
	pr := s.patternProto
	for _, name := range componentNames {
		get := componentGetter(name)
		r.Accessor(pr, name, func(call goja.FunctionCall) goja.Value {
			p := s.thisPattern(call)
			return s.rt.ToValue(restore(get(p.p), p.rw))
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
//
// Each pattern string's v-flag classes are rewritten for RE2 first; rw
// gets the rewrites.
func (s *state) newPattern(input, second, third goja.Value, rw *[]rewrite) (*urlpattern.URLPattern, *urlpattern.Options, bool) {
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
		return nil, nil, false
	}
	var (
		p   *urlpattern.URLPattern
		err error
	)
	if o, ok := input.(*goja.Object); ok {
		if base != nil {
			return nil, nil, false
		}
		init := s.initOf(o)
		for _, f := range []**string{&init.Protocol, &init.Username, &init.Password, &init.Hostname, &init.Port, &init.Pathname, &init.Search, &init.Hash} {
			if *f != nil {
				v, done := vflagPattern(**f)
				*f = &v
				*rw = append(*rw, done...)
			}
		}
		p, err = init.New(opts)
	} else if goja.IsUndefined(input) || goja.IsNull(input) {
		p, err = (&urlpattern.URLPatternInit{}).New(opts)
	} else {
		b := ""
		if base != nil {
			b = *base
		}
		in, done := vflagPattern(s.usv(input))
		*rw = append(*rw, done...)
		p, err = safeNew(in, b, base != nil, opts)
	}
	if err != nil || p == nil {
		return nil, nil, false
	}
	return p, opts, true
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

// group is what groups knows of one group of a component pattern.
type group struct {
	optional bool // a ? or * modifier after the group, or after the {...} holding it
	mod      int  // the index of that modifier in the pattern
	// affix says that the optional part holds text besides the group: a
	// pathname's "/" prefix before it, or other text in its {...}. Only
	// then can the group take part in a match as "".
	affix bool
}

// groups lists a component pattern's groups in order (a ":name", with or
// without a regexp after it, by its name; a "(regexp)" or a "*" wildcard
// by the next number) and what it knows of each. prefix is the
// component's prefix code point ('/' for the pathname, else 0).
func groups(pat string, prefix byte) (names []string, info map[string]group) {
	info = map[string]group{}
	n := 0
	type brace struct{ open, names int }
	var braces []brace // each open {...}: its index and where its names begin in names
	// mark records the groups names[from:] as optional, with affix, when
	// a modifier follows at i.
	mark := func(from, i int, affix bool) {
		if i >= len(pat) || pat[i] != '?' && pat[i] != '*' {
			return
		}
		for _, nm := range names[from:] {
			info[nm] = group{optional: true, mod: i, affix: affix}
		}
	}
	// prefixed says that a group token starting at start follows the
	// component's prefix code point (which the group's part then holds).
	prefixed := func(start int) bool {
		return prefix != 0 && start > 0 && pat[start-1] == prefix && (start < 2 || pat[start-2] != '\\')
	}
	add := func(name string) {
		names = append(names, name)
		info[name] = group{mod: -1}
	}
	prevGroup := false           // the last token ends a group: a * after it is a modifier
	lastStart, lastEnd := -1, -1 // the span of the last group token
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
				add(pat[i+1 : j])
				start := i
				i = j
				if i < len(pat) && pat[i] == '(' {
					i = skipRegexp(pat, i)
				}
				lastStart, lastEnd = start, i
				mark(len(names)-1, i, prefixed(start))
				prevGroup = true
				continue
			}
		case c == '(':
			add(strconv.Itoa(n))
			n++
			start := i
			i = skipRegexp(pat, i)
			lastStart, lastEnd = start, i
			mark(len(names)-1, i, prefixed(start))
			prevGroup = true
			continue
		case c == '*' && !prevGroup:
			add(strconv.Itoa(n))
			n++
			start := i
			i++
			lastStart, lastEnd = start, i
			mark(len(names)-1, i, prefixed(start))
			prevGroup = true
			continue
		case c == '{':
			braces = append(braces, brace{open: i, names: len(names)})
		case c == '}' && len(braces) > 0:
			b := braces[len(braces)-1]
			braces = braces[:len(braces)-1]
			// The {...} holds text besides its group unless it holds one
			// group whose token spans all of it.
			alone := len(names)-b.names == 1 && lastStart == b.open+1 && lastEnd == i
			mark(b.names, i+1, !alone)
		}
		prevGroup = false
		i++
	}
	return names, info
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
		pat := componentGetter(name)(p.p)
		var prefix byte
		if name == "pathname" {
			prefix = p.pathnamePrefix()
		}
		names, info := groups(pat, prefix)
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
			// go-urlpattern reports a group that did not take part in
			// the match as "", where JavaScript's has undefined.
			if v := c.Groups[k]; v == "" && info[k].optional && !s.tookPart(p, res, i, pat, info[k]) {
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

// tookPart says whether an optional group g of component i (pattern pat)
// that go-urlpattern reports as "" took part in the match of res. Without
// an affix it did not: JavaScript's regexp refuses an optional group's
// empty iteration, so ((.*))? leaves its group undefined. With one (a
// pathname's "/" before it, other text in its {...}), it did if the input
// still matches once the group's modifier is made to require it (? gone,
// * made +): JavaScript's greedy ?, like Go's, takes the group whenever
// the rest can match with it.
func (s *state) tookPart(p *pattern, res *urlpattern.URLPatternResult, i int, pat string, g group) bool {
	if !g.affix || g.mod < 0 || g.mod >= len(pat) {
		return false
	}
	req := ""
	if pat[g.mod] == '*' {
		req = "+"
	} else if g.mod+1 < len(pat) && isNameByte(pat[g.mod+1], false) {
		// ":name?x" without its ? would be ":namex": the x is escaped.
		req = "\\"
	}
	comps := make([]string, len(componentNames))
	for j, name := range componentNames {
		comps[j] = componentGetter(name)(p.p)
	}
	comps[i] = pat[:g.mod] + req + pat[g.mod+1:]
	init := &urlpattern.URLPatternInit{Protocol: &comps[0], Username: &comps[1], Password: &comps[2], Hostname: &comps[3], Port: &comps[4], Pathname: &comps[5], Search: &comps[6], Hash: &comps[7]}
	variant, err := safeInit(init, p.opts)
	if err != nil {
		return false
	}
	in := []urlpattern.URLPatternComponentResult{res.Protocol, res.Username, res.Password, res.Hostname, res.Port, res.Pathname, res.Search, res.Hash}
	inputs := make([]string, len(in))
	for j := range in {
		inputs[j] = in[j].Input
	}
	return variant.ExecInit(&urlpattern.URLPatternInit{Protocol: &inputs[0], Username: &inputs[1], Password: &inputs[2], Hostname: &inputs[3], Port: &inputs[4], Pathname: &inputs[5], Search: &inputs[6], Hash: &inputs[7]}) != nil
}

// specialSchemes are the URL standard's special schemes.
var specialSchemes = []string{"ftp", "file", "http", "https", "ws", "wss"}

// pathnamePrefix is the prefix code point the pathname was compiled with:
// '/' when the protocol component matches a special scheme (the
// standard's pathname options), else none.
func (p *pattern) pathnamePrefix() byte {
	if p.prefixKnown {
		return p.prefix
	}
	p.prefixKnown = true
	proto := p.p.Protocol()
	pp, err := safeInit(&urlpattern.URLPatternInit{Protocol: &proto}, p.opts)
	if err != nil {
		return 0
	}
	for _, scheme := range specialSchemes {
		if pp.TestInit(&urlpattern.URLPatternInit{Protocol: &scheme}) {
			p.prefix = '/'
			break
		}
	}
	return p.prefix
}

// safeInit is init.New with a panic of the library as an error.
func safeInit(init *urlpattern.URLPatternInit, opts *urlpattern.Options) (p *urlpattern.URLPattern, err error) {
	defer func() {
		if recover() != nil {
			p, err = nil, errPanic
		}
	}()
	return init.New(opts)
}

func toAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }
