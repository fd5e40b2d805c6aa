package inspect

import (
	"strings"

	"github.com/dop251/goja"
)

// primitiveString is String(v) for a primitive; ok is false for objects,
// whose conversion could run user code.
func primitiveString(v goja.Value) (string, bool) {
	if v == nil {
		return "undefined", true
	}
	if asObject(v) != nil {
		return "", false
	}
	if s, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + s.String() + ")", true
	}
	return v.String(), true
}

// formatError is Node's formatError: the stack (goja's, without its
// trailing newline), improved with the constructor name, and the keys left
// to print after removing those the stack already shows.
func (c *ctx) formatError(r *raw, keys []key) (string, []key) {
	o := r.o
	name := "Error"
	if v := c.dataGet(o, key{name: "name"}); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		if s, ok := primitiveString(v); ok {
			name = s
		}
	}
	stack := c.stackString(o)

	if !c.showHidden && len(keys) != 0 {
		for _, n := range []string{"name", "message", "stack"} {
			for i, k := range keys {
				if k.sym != nil || k.name != n {
					continue
				}
				v, _ := primitiveString(c.dataGet(o, k))
				if strings.Contains(stack, v) {
					keys = append(keys[:i:i], keys[i+1:]...)
				}
				break
			}
		}
	}
	if d, _ := c.lookup(o, key{name: "cause"}); d.found && !hasKey(keys, "cause") {
		keys = append(keys, key{name: "cause"})
	}
	if errs := unwrapProxy(asObject(c.dataGet(o, key{name: "errors"}))); errs != nil && errs.ClassName() == "Array" && !hasKey(keys, "errors") {
		keys = append(keys, key{name: "errors"})
	}

	stack = improveStack(stack, r, name)

	pos := -1
	if m := c.dataGet(o, key{name: "message"}); m != nil {
		if msg, ok := primitiveString(m); ok && m.ToBoolean() {
			// Node's (err.message && stack.indexOf(err.message)) || -1
			// treats a match at 0 as no match.
			if i := strings.Index(stack, msg); i > 0 {
				pos = i + len(msg)
			}
		}
	}
	if start := stackStart(stack, pos); start == -1 {
		stack = "[" + stack + "]"
	} else if c.indentationLvl != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+strings.Repeat(" ", c.indentationLvl))
	}
	return stack, keys
}

func hasKey(keys []key, name string) bool {
	for _, k := range keys {
		if k.sym == nil && k.name == name {
			return true
		}
	}
	return false
}

// stackStart finds the first stack frame line at or after pos: V8's
// "\n    at " or goja's "\n\tat ".
func stackStart(stack string, pos int) int {
	if pos < 0 {
		pos = 0
	}
	if pos > len(stack) {
		return -1
	}
	best := -1
	for _, marker := range []string{"\n    at", "\n\tat "} {
		if i := strings.Index(stack[pos:], marker); i >= 0 && (best == -1 || pos+i < best) {
			best = pos + i
		}
	}
	return best
}

// stackString is err.stack when it is a non-empty string, else what
// Error.prototype.toString would return.
func (c *ctx) stackString(o *goja.Object) string {
	if v := c.dataGet(o, key{name: "stack"}); v != nil && v.ToBoolean() {
		if s, ok := primitiveString(v); ok {
			return strings.TrimRight(s, "\n")
		}
	}
	name, msg := "Error", ""
	if v := c.dataGet(o, key{name: "name"}); v != nil && !goja.IsUndefined(v) {
		name, _ = primitiveString(v)
	}
	if v := c.dataGet(o, key{name: "message"}); v != nil && !goja.IsUndefined(v) {
		msg, _ = primitiveString(v)
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

// improveStack is Node's improveStack: it names the constructor in the
// first line when the stack does not.
func improveStack(stack string, r *raw, name string) string {
	n := len(name)
	if r.hasCtor && !(strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == n || stack[n] == ':' || stack[n] == '\n')) {
		return stack
	}
	fallback := "Error"
	if !r.hasCtor {
		fallback = errorNameAtStart(stack)
		n = len(fallback)
		if fallback == "" {
			fallback = "Error"
		}
	}
	prefix := strings.TrimSuffix(getPrefix(r.ctor, r.hasCtor, r.tag, fallback, ""), " ")
	if name == prefix {
		return stack
	}
	if strings.Contains(prefix, name) {
		if n == 0 {
			return prefix + ": " + stack
		}
		return prefix + stack[n:]
	}
	return prefix + " [" + name + "]" + stack[n:]
}

// errorNameAtStart matches Node's /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/
// or /^([a-z_A-Z0-9-]*Error)$/ and returns the name, or "".
func errorNameAtStart(stack string) string {
	if stack != "" && stack[0] >= 'A' && stack[0] <= 'Z' {
		i := 1
		for i < len(stack) && isErrorNameByte(stack[i]) {
			i++
		}
		// The character class includes ' ', so backtrack to the longest
		// prefix that is followed by ':' or a frame line.
		for j := i; j > 1; j-- {
			rest := stack[j:]
			if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "\n    at") {
				return stack[:j]
			}
		}
	}
	for i := 0; i < len(stack); i++ {
		b := stack[i]
		if !(b == '_' || b == '-' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
			return ""
		}
	}
	if strings.HasSuffix(stack, "Error") {
		return stack
	}
	return ""
}

func isErrorNameByte(b byte) bool {
	return b == '_' || b == ' ' || b == '[' || b == ']' || b == '(' || b == ')' || b == '-' ||
		(b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
}
