package repl

import (
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chzyer/readline"
	"github.com/dop251/goja"
)

// completer is readline's Tab handler. It completes dot commands, globals
// and chains of property names (`mc.port1.po`), and never runs user code:
// the chain is parsed from the text as identifiers and dots only (a call,
// computed access or anything else before it refuses completion); it is
// walked with own-property descriptors, following data properties only (an
// accessor or a proxy ends the walk); and names are listed with
// Object.getOwnPropertyNames along the prototype chain, stopping at a proxy.
type completer struct{ s *session }

var _ readline.AutoCompleter = (*completer)(nil)

// completionWait bounds how long Tab waits for the loop: while a handler
// is stuck in a loop, Tab completes nothing instead of freezing the line.
const completionWait = 200 * time.Millisecond

// chainRE matches the property chain that ends at the cursor.
var chainRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(^|[^A-Za-z0-9_$.\])'"` + "`" + `])([A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)*\.?)$`)
})

// identRE matches an identifier. Both are compiled on first use, not at
// every start of the engine.
var identRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`) })

// Do is called by readline's goroutine with the line and the cursor.
func (c *completer) Do(line []rune, pos int) ([][]rune, int) {
	before := string(line[:pos])
	if strings.HasPrefix(before, ".") && !strings.ContainsAny(before, " \t") {
		var out [][]rune
		for _, cmd := range commands {
			if strings.HasPrefix(cmd.name, before) {
				out = append(out, []rune(cmd.name[len(before):]+" "))
			}
		}
		return out, len([]rune(before))
	}
	if strings.HasPrefix(before, ".") {
		if out, n, ok := completeCommandArgs(before); ok {
			return out, n
		}
	}
	names, prefix, ok := splitChain(before)
	if !ok {
		return nil, 0
	}
	result := make(chan []string, 1)
	s := c.s
	w := s.w
	lexical := append([]string(nil), s.lexical...)
	if !w.Post(func(rt *goja.Runtime) {
		defer s.recoverInternal()
		result <- s.candidates(rt, names, prefix, lexical)
	}) {
		return nil, 0
	}
	var found []string
	select {
	case found = <-result:
	case <-time.After(completionWait):
		return nil, 0
	}
	out := make([][]rune, 0, len(found))
	for _, f := range found {
		out = append(out, []rune(f[len(prefix):]))
	}
	return out, len([]rune(prefix))
}

// splitChain parses the text before the cursor: `mc.port1.po` gives
// [mc port1] and "po". It refuses a chain that follows a call, an index, a
// literal or a dot (`f().x`, `a[0].x`, `'s'.x`, `a?.x`).
func splitChain(before string) (names []string, prefix string, ok bool) {
	m := chainRE().FindStringSubmatch(before)
	if m == nil {
		return nil, "", false
	}
	// The character before the chain must not make it a member access or a
	// number: `?.x`, `).x`, `1.x` are all excluded by chainRE except `?`.
	start := len(before) - len(m[2])
	if start > 0 && strings.HasSuffix(before[:start], "?") {
		return nil, "", false
	}
	parts := strings.Split(m[2], ".")
	return parts[:len(parts)-1], parts[len(parts)-1], true
}

// candidates lists the completions of prefix after the chain names. Loop
// goroutine.
func (s *session) candidates(rt *goja.Runtime, names []string, prefix string, lexical []string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(n string) {
		if !seen[n] && strings.HasPrefix(n, prefix) && identRE().MatchString(n) {
			seen[n] = true
			out = append(out, n)
		}
	}
	if len(names) == 0 {
		level := append([]string(nil), lexical...)
		sort.Strings(level)
		for _, n := range level {
			if n != importFunc {
				add(n)
			}
		}
		s.listNames(rt, rt.GlobalObject(), add)
		return out
	}
	v, ok := s.resolveGlobal(rt, names[0], lexical)
	for _, n := range names[1:] {
		if !ok {
			return nil
		}
		v, ok = s.property(rt, v, n)
	}
	if !ok || v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	s.listNames(rt, v.ToObject(rt), add)
	return out
}

// resolveGlobal finds the value of a global name: a data property of the
// global object (or its prototypes), or a top-level let/const/class binding,
// which is read by evaluating the bare identifier, a read that runs no code.
func (s *session) resolveGlobal(rt *goja.Runtime, name string, lexical []string) (goja.Value, bool) {
	for _, l := range lexical {
		if l == name {
			v, err := rt.RunString(name)
			return v, err == nil
		}
	}
	return s.property(rt, rt.GlobalObject(), name)
}

// property reads name from v through descriptors only: it follows a data
// property found on v or its prototype chain, and gives up at an accessor,
// a proxy or a missing property.
func (s *session) property(rt *goja.Runtime, v goja.Value, name string) (goja.Value, bool) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil, false
	}
	for o := v.ToObject(rt); o != nil; o = s.proto(rt, o) {
		if isProxy(o) {
			return nil, false
		}
		d, err := s.intro.getOwnPropertyDescriptor(goja.Undefined(), o, rt.ToValue(name))
		if err != nil {
			return nil, false
		}
		desc, ok := d.(*goja.Object)
		if !ok {
			continue
		}
		if hasOwn(desc, "get") || hasOwn(desc, "set") {
			return nil, false
		}
		return desc.Get("value"), true
	}
	return nil, false
}

// listNames calls add with the own property names of o and of its
// prototypes, nearest first, each level sorted; a proxy ends the list.
func (s *session) listNames(rt *goja.Runtime, o *goja.Object, add func(string)) {
	for ; o != nil; o = s.proto(rt, o) {
		if isProxy(o) {
			return
		}
		v, err := s.intro.getOwnPropertyNames(goja.Undefined(), o)
		if err != nil {
			return
		}
		var level []string
		if err := rt.ExportTo(v, &level); err != nil {
			return
		}
		sort.Strings(level)
		for _, n := range level {
			if n != importFunc {
				add(n)
			}
		}
	}
}

func (s *session) proto(rt *goja.Runtime, o *goja.Object) *goja.Object {
	if isProxy(o) {
		return nil
	}
	p, err := s.intro.getPrototypeOf(goja.Undefined(), o)
	if err != nil {
		return nil
	}
	po, _ := p.(*goja.Object)
	return po
}

var proxyType = reflect.TypeOf(goja.Proxy{})

// isProxy reports whether o is a Proxy, without touching its traps.
func isProxy(o *goja.Object) bool { return o.ExportType() == proxyType }

// hasOwn reports whether a descriptor object has the field name. The
// descriptor is a fresh plain object made by the builtin, so reading it
// runs no user code unless Object.prototype was given accessors for these
// names; checking the own keys avoids even that.
func hasOwn(desc *goja.Object, name string) bool {
	for _, k := range desc.Keys() {
		if k == name {
			return true
		}
	}
	return false
}
