package inspect

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/builtins"
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
	stack := V8Stack(c.stackString(o))

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
	if v := c.stackValue(o); v != nil && v.ToBoolean() {
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

// stackValue is err.stack: a data property's value, or what the getter
// returns when it is mcrepl's (V8's stack is an accessor, and so is the
// stack mcrepl gives a constructed error); nil for any other getter, which
// would be the script's code, and when the getter throws.
func (c *ctx) stackValue(o *goja.Object) goja.Value {
	d, _ := c.lookup(o, key{name: "stack"})
	if d.isData() {
		return d.value
	}
	get, ok := goja.AssertFunction(d.get)
	if !ok || !builtins.IsStackGetter(d.get) {
		return nil
	}
	v, err := get(o)
	if err != nil {
		return nil
	}
	return v
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

// V8Stack turns goja's stack text into V8's: four-space "at" lines without
// goja's program counters ("file.js:3:9(12)" becomes "file.js:3:9"), a
// builtin's frame as "name (<anonymous>)", and no frames of mcrepl itself
// (its entry function, its JavaScript helpers, Go-named host functions,
// Function.prototype.call and apply, which V8 does not show). The message
// line is rewritten where goja's wording of a common TypeError differs
// from V8's and the difference needs no source text (V8Message).
func V8Stack(stack string) string {
	stack = strings.TrimRight(stack, "\n")
	lines := strings.Split(stack, "\n")
	out := lines[:0]
	header := true
	for _, l := range lines {
		frame := ""
		switch {
		case strings.HasPrefix(l, "\tat "):
			frame = l[len("\tat "):]
		case strings.HasPrefix(l, "    at "):
			frame = l[len("    at "):]
		}
		if frame == "" {
			if header {
				out = append(out, l)
			}
			continue
		}
		if header && len(out) > 0 {
			out[0] = V8Message(out[0])
		}
		header = false
		if f, ok := v8Frame(frame); ok {
			out = append(out, "    at "+f)
		}
	}
	if header && len(out) > 0 {
		out[0] = V8Message(out[0])
	}
	return strings.Join(out, "\n")
}

// v8Frame rewrites one frame (the text after "at "), false to leave it out.
func v8Frame(f string) (string, bool) {
	if strings.Contains(f, "mcrepl:") || strings.Contains(f, "__mcrepl_") {
		return "", false
	}
	if name, ok := strings.CutSuffix(f, " (native)"); ok {
		switch {
		case name == "call" || name == "apply" || name == "bind":
			return "", false
		case strings.Contains(name, "github.com/") || strings.Contains(name, ".func") || strings.Contains(name, "(*"):
			return "", false
		}
		return name + " (<anonymous>)", true
	}
	if f == "native" {
		return "", false
	}
	return stripPC(f), true
}

// stripPC removes goja's "(pc)" after a "line:col".
func stripPC(f string) string {
	for i := strings.LastIndexByte(f, '('); i > 0; i = strings.LastIndexByte(f[:i], '(') {
		j := strings.IndexByte(f[i:], ')')
		if j < 0 || !allDigits(f[i+1:i+j]) {
			continue
		}
		// before "(pc)": ":line:col"
		k := strings.LastIndexByte(f[:i], ':')
		if k < 0 || !allDigits(f[k+1:i]) {
			continue
		}
		return f[:i] + f[i+j+1:]
	}
	return f
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// V8Message rewrites a "Name: message" line where goja's wording of a
// common error differs from V8's and the rewrite needs only the message:
// "Cannot read property 'x' of undefined" becomes "Cannot read properties
// of undefined (reading 'x')" (goja says undefined for null too, so null
// reads as undefined), reduce's "No initial value" and BigInt's RangeError
// for a number that is not an integer read as workerd prints them.
func V8Message(line string) string {
	if line == "TypeError: No initial value" { // Array.prototype.reduce and reduceRight
		return "TypeError: Reduce of empty array with no initial value"
	}
	if strings.HasPrefix(line, "TypeError: Could not convert ") && strings.HasSuffix(line, " to primitive") {
		// String(Object.create(null)): goja's message prints its Go object.
		return "TypeError: Cannot convert object to primitive value"
	}
	if n, ok := strings.CutPrefix(line, "RangeError: Cannot convert "); ok {
		// BigInt(1.5), BigInt(NaN): goja's SyntaxError for a string is V8's already.
		if n, ok := strings.CutSuffix(n, " to a BigInt"); ok && n != "" && !strings.Contains(n, " ") {
			return "RangeError: The number " + n + " cannot be converted to a BigInt because it is not an integer"
		}
		return line
	}
	const pre = "TypeError: Cannot read property '"
	if !strings.HasPrefix(line, pre) {
		return line
	}
	rest := line[len(pre):]
	i := strings.LastIndex(rest, "' of ")
	if i < 0 {
		return line
	}
	prop, of := rest[:i], rest[i+len("' of "):]
	if of != "undefined" && of != "undefined or null" && of != "null" {
		return line
	}
	if of != "null" {
		of = "undefined"
	}
	if strings.HasPrefix(prop, "Symbol.") {
		prop = "Symbol(" + prop + ")"
	}
	return "TypeError: Cannot read properties of " + of + " (reading '" + prop + "')"
}
