package inspect

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"weak"

	"github.com/dop251/goja"
)

// defaultCompact is Node's default compact option: up to three inner levels are
// combined on one line when they fit.
const defaultCompact = 3

// maxNesting stands in for V8's call stack limit: deeper than this, Node's
// "Inspection interrupted prematurely" message is printed instead of
// recursing further.
const maxNesting = 1000

// ctx is one Format call's state, Node's ctx object.
type ctx struct {
	rt              *goja.Runtime
	colors          bool
	depth           int // math.MaxInt for no limit
	breakLength     int
	maxArrayLength  int
	maxStringLength int
	showHidden      bool
	showProxy       bool
	compact         int // levels, 0 for compact: false, CompactTrue
	custom          CustomFunc
	opts            Options

	// Options.CustomInspect, and what it needs, looked up on first use.
	customInspect   bool
	customSym       *goja.Symbol
	customSymDone   bool
	inspectFn       goja.Value
	transparent     []weak.Pointer[goja.Object]
	transparentDone bool

	inHost bool // formatting a host object's properties (see formatCustom)
	budget int  // Options.Budget; 0: none
	spent  int  // characters of entries produced so far, for the budget

	seen           []*goja.Object
	circular       map[*goja.Object]int
	indentationLvl int
	currentDepth   int

	// Looked up once per call.
	gopd       goja.Callable // Object.getOwnPropertyDescriptor
	shadowed   int8          // descFieldsShadowed: 0 unknown, 1 no, 2 yes
	protos     map[string]*goja.Object
	ctors      map[*goja.Object]ctorInfo
	protoDescs map[protoKey]desc
}

func newCtx(rt *goja.Runtime, opts Options) *ctx {
	c := &ctx{
		rt:              rt,
		colors:          opts.Colors,
		depth:           depthOption(opts.Depth),
		breakLength:     opts.BreakLength,
		maxArrayLength:  withDefault(opts.MaxArrayLength, 100),
		maxStringLength: withDefault(opts.MaxStringLength, 10000),
		showHidden:      opts.ShowHidden,
		showProxy:       opts.ShowProxy,
		compact:         opts.Compact,
		customInspect:   opts.CustomInspect,
		custom:          customFor(rt),
		opts:            opts,
		budget:          max(opts.Budget, 0),
	}
	if c.budget > 0 {
		c.maxStringLength = min(c.maxStringLength, c.budget)
	}
	if c.breakLength <= 0 {
		c.breakLength = 80
	}
	switch {
	case c.compact == 0:
		c.compact = defaultCompact
	case c.compact == CompactFalse:
		c.compact = 0
	}
	return c
}

// withDefault maps the Options convention (0 default, negative unlimited).
// depthOption is withDefault for Options.Depth, which also has TopLevelOnly.
func depthOption(v int) int {
	if v == TopLevelOnly {
		return 0
	}
	return withDefault(v, 2)
}

func withDefault(v, def int) int {
	switch {
	case v == 0:
		return def
	case v < 0:
		return math.MaxInt
	}
	return v
}

func (c *ctx) stylize(s, style string) string { return stylize(c.colors, s, style) }

// formatValue is Node's formatValue. typedArray is set when an ArrayBuffer
// is printed as the buffer of a typed array, which shows only its length.
func (c *ctx) formatValue(v goja.Value, recurseTimes int, typedArray bool) string {
	o, ok := v.(*goja.Object)
	if !ok {
		return c.formatPrimitive(v, c.colors)
	}
	// A proxy is shown as its innermost target, wrapped in Proxy(...) once
	// for each layer, as workerd's inspect does (its traps never run); a
	// revoked layer ends the chain. The host's own proxies (a delivered
	// MessageEvent, RegisterTransparent's) are shown as their targets.
	var via *goja.Object // the outermost proxy, when o is reached through one
	proxies := 0
	if o.ExportType() == typeProxy() {
		if c.showProxy {
			return c.formatProxy(o, recurseTimes)
		}
		via = o
		for o != nil && o.ExportType() == typeProxy() {
			p, _ := o.Export().(goja.Proxy)
			o = p.Target()
			proxies++
		}
		if o == nil {
			if proxies == 1 {
				return c.stylize("<Revoked Proxy>", styleSpecial)
			}
			return c.wrapProxies(c.stylize("<Revoked Proxy>", styleSpecial), proxies-1)
		}
		if c.isTransparent(via) {
			proxies = 0
		}
	}
	for _, s := range c.seen {
		if s.SameAs(o) {
			return c.stylize("[Circular *"+strconv.Itoa(c.circularIndex(o))+"]", styleSpecial)
		}
	}
	if len(c.seen) >= maxNesting {
		return c.stylize("[Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]", styleSpecial)
	}
	if c.custom != nil {
		if s, ok := c.formatCustom(o, via, recurseTimes); ok {
			return s // a host object: workerd formats it as its own, whatever the way to it
		}
	}
	// workerd looks for the method before the circular check; here the
	// host's objects come first (their own methods, a Buffer's, agree).
	if c.customInspect {
		if s, ok := c.userInspect(o, via, recurseTimes); ok {
			return s
		}
	}
	return c.wrapProxies(c.formatRaw(o, recurseTimes, typedArray), proxies)
}

// wrapProxies puts s in Proxy(...) n times.
func (c *ctx) wrapProxies(s string, n int) string {
	if n == 0 {
		return s
	}
	open, closing := c.stylize("Proxy(", styleSpecial), c.stylize(")", styleSpecial)
	return strings.Repeat(open, n) + s + strings.Repeat(closing, n)
}

func (c *ctx) circularIndex(o *goja.Object) int {
	if c.circular == nil {
		c.circular = map[*goja.Object]int{}
	}
	idx, ok := c.circular[o]
	if !ok {
		idx = len(c.circular) + 1
		c.circular[o] = idx
	}
	return idx
}

func (c *ctx) formatCustom(o, via *goja.Object, recurseTimes int) (string, bool) {
	if recurseTimes > c.depth && c.kindOf(o) != kindTypedArray {
		// Past the depth limit a host object is [Name], as workerd's
		// resource types print (a Buffer, a typed array, prints whole).
		opts := c.opts
		opts.Proxy = via
		if _, ok := c.custom(o, opts, func(goja.Value) string { return "" }); !ok {
			return "", false
		}
		name := "Object"
		if ctor, ok := o.Get("constructor").(*goja.Object); ok {
			if n := ctor.Get("name"); n != nil && goja.IsString(n) {
				name = n.String()
			}
		}
		return c.stylize("["+name+"]", styleSpecial), true
	}
	c.seen = append(c.seen, o)
	// workerd shows a host object's properties with showHidden on (an
	// array's [length], a function's [name]).
	recurse := func(v goja.Value) string {
		c.indentationLvl += 2
		hidden, inHost := c.showHidden, c.inHost
		c.showHidden, c.inHost = true, true
		s := c.formatValue(v, recurseTimes+1, false)
		c.showHidden, c.inHost = hidden, inHost
		c.indentationLvl -= 2
		return s
	}
	opts := c.opts
	opts.Proxy = via
	s, ok := c.custom(o, opts, recurse)
	c.seen = c.seen[:len(c.seen)-1]
	if !ok {
		return "", false
	}
	return strings.ReplaceAll(s, "\n", "\n"+strings.Repeat(" ", c.indentationLvl)), true
}

func (c *ctx) formatProxy(o *goja.Object, recurseTimes int) string {
	p, _ := o.Export().(goja.Proxy)
	if p.Target() == nil {
		return c.stylize("<Revoked Proxy>", styleSpecial)
	}
	if recurseTimes > c.depth {
		return c.stylize("Proxy [Array]", styleSpecial)
	}
	c.indentationLvl += 2
	out := []string{
		c.formatValue(p.Target(), recurseTimes+1, false),
		c.formatValue(p.Handler(), recurseTimes+1, false),
	}
	c.indentationLvl -= 2
	return c.reduceToSingleString(out, "", [2]string{"Proxy [", "]"}, true, recurseTimes+1, nil)
}

// formatPrimitive is Node's formatPrimitive; colors is off for the values
// inside boxed primitives.
func (c *ctx) formatPrimitive(v goja.Value, colors bool) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return stylize(colors, "undefined", styleUndefined)
	case goja.IsNull(v):
		return stylize(colors, "null", styleNull)
	case goja.IsString(v):
		return c.formatLongString(v, colors)
	case goja.IsNumber(v):
		if c.opts.NumericSeparator {
			return stylize(colors, separatedNumber(v.ToFloat()), styleNumber)
		}
		return formatNumber(colors, v.ToFloat())
	case goja.IsBigInt(v):
		if c.opts.NumericSeparator {
			return stylize(colors, addNumericSeparator(v.String())+"n", styleBigInt)
		}
		return stylize(colors, v.String()+"n", styleBigInt)
	}
	if s, ok := v.(*goja.Symbol); ok {
		return stylize(colors, "Symbol("+s.String()+")", styleSymbol)
	}
	if b, ok := v.Export().(bool); ok {
		return stylize(colors, strconv.FormatBool(b), styleBoolean)
	}
	return stylize(colors, "undefined", styleUndefined)
}

// charge counts an entry's characters against the budget.
func (c *ctx) charge(s string) { c.spent += len(s) }

// exhausted reports whether the budget is spent; the first time it is, for
// a list of entries, it appends the "…" that ends the preview.
func (c *ctx) exhausted(output *[]string) bool {
	if c.budget == 0 || c.spent <= c.budget {
		return false
	}
	if n := len(*output); n == 0 || (*output)[n-1] != "…" {
		*output = append(*output, "…")
	}
	return true
}

// formatLongString is formatString for a string value: a string longer
// than what is shown is cut before it is converted, so that the cost
// follows the shown part, not the whole string.
func (c *ctx) formatLongString(v goja.Value, colors bool) string {
	gs, ok := v.(goja.String)
	if !ok || gs.Length() <= c.maxStringLength+1 {
		return c.formatString(exactString(v), colors)
	}
	total := gs.Length()
	head := exactString(gs.Substring(0, c.maxStringLength+1))
	cut, _ := jsSlice(head, c.maxStringLength)
	remaining := total - jsLen(cut)
	return c.formatString(cut, colors) + "... " + strconv.Itoa(remaining) + " more character" + plural(remaining)
}

// kMinLineLength is Node's: strings up to this length are never split.
const kMinLineLength = 16

func (c *ctx) formatString(s string, colors bool) string {
	trailer := ""
	if cut, more := jsSlice(s, c.maxStringLength); more {
		remaining := jsLen(s) - jsLen(cut)
		s = cut
		trailer = "... " + strconv.Itoa(remaining) + " more character" + plural(remaining)
	}
	if n := jsLen(s); c.compact != CompactTrue && n > kMinLineLength && n > c.breakLength-c.indentationLvl-4 {
		var b strings.Builder
		sep := " +\n" + strings.Repeat(" ", c.indentationLvl+2)
		for i := 0; s != ""; i++ {
			line := s
			if j := strings.IndexByte(s, '\n'); j >= 0 {
				line = s[:j+1]
			}
			s = s[len(line):]
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(stylize(colors, strEscape(line), styleString))
		}
		return b.String() + trailer
	}
	return stylize(colors, strEscape(s), styleString) + trailer
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

func remainingText(n int) string {
	return "... " + strconv.Itoa(n) + " more item" + plural(n)
}

// getPrefix is Node's getPrefix; hasCtor false means a null prototype.
func getPrefix(ctor string, hasCtor bool, tag, fallback, size string) string {
	if !hasCtor {
		if tag != "" && fallback != tag {
			return "[" + fallback + size + ": null prototype] [" + tag + "] "
		}
		return "[" + fallback + size + ": null prototype] "
	}
	if tag != "" && ctor != tag {
		return ctor + size + " [" + tag + "] "
	}
	return ctor + size + " "
}

// raw describes an object being formatted, as formatRaw's locals do in Node.
type raw struct {
	o       *goja.Object
	kind    kind
	ctor    string
	hasCtor bool
	tag     string
}

func (r *raw) ctxStyle() string {
	fallback := ""
	if !r.hasCtor {
		fallback = internalName(r.kind, r.o)
		if fallback == r.tag {
			fallback = "Object"
		}
	}
	return getPrefix(r.ctor, r.hasCtor, r.tag, fallback, "")
}

// formatRaw is Node's formatRaw.
func (c *ctx) formatRaw(o *goja.Object, recurseTimes int, typedArray bool) string {
	r := &raw{o: o, kind: c.kindOf(o)}
	r.ctor, r.hasCtor = c.constructorName(o, r.kind, recurseTimes)
	r.tag = c.toStringTag(o)

	var keys []key
	base := ""
	braces := [2]string{"{", "}"}
	var formatter func(recurseTimes int) []string
	var numericAt func(i int) bool
	extrasArray := false

	switch r.kind {
	case kindArray:
		length := arrayLength(o)
		prefix := ""
		if !r.hasCtor || r.ctor != "Array" || r.tag != "" {
			prefix = getPrefix(r.ctor, r.hasCtor, r.tag, "Array", "("+strconv.FormatInt(length, 10)+")")
		}
		keys = c.nonIndexKeys(o, length)
		braces = [2]string{prefix + "[", "]"}
		if length == 0 && len(keys) == 0 {
			return braces[0] + "]"
		}
		extrasArray = true
		types := map[int]bool{}
		formatter = func(rt int) []string { return c.formatArray(o, length, rt, types) }
		numericAt = func(i int) bool {
			if n, ok := types[i]; ok {
				return n
			}
			return c.isNumericElement(o, i)
		}
	case kindSet, kindMap:
		entries, size := c.collectionEntries(o, r.kind)
		fallback, sep := "Set", ""
		if r.kind == kindMap {
			fallback, sep = "Map", " => "
		}
		prefix := getPrefix(r.ctor, r.hasCtor, r.tag, fallback, "("+strconv.Itoa(size)+")")
		keys = c.keys(o)
		if size == 0 && len(keys) == 0 {
			return prefix + "{}"
		}
		braces[0] = prefix + "{"
		formatter = func(rt int) []string { return c.formatCollection(entries, size, sep, rt) }
	case kindTypedArray:
		name := c.typedArrayName(o)
		if r.tag == "" {
			r.tag = name
		}
		fallback := ""
		if !r.hasCtor {
			fallback = name
		}
		elems := typedElementsOf(o)
		prefix := getPrefix(r.ctor, r.hasCtor, r.tag, fallback, "("+strconv.Itoa(elems.len())+")")
		keys = c.nonIndexKeys(o, int64(elems.len()))
		braces = [2]string{prefix + "[", "]"}
		if elems.len() == 0 && len(keys) == 0 && !c.showHidden {
			return braces[0] + "]"
		}
		extrasArray = true
		formatter = func(rt int) []string {
			out := c.formatTypedArray(elems)
			if c.showHidden {
				out = append(out, c.typedArrayInternals(o, elems, rt)...)
			}
			return out
		}
		numericAt = func(int) bool { return true }
	default:
		keys = c.keys(o)
		switch {
		case r.kind == kindFunction:
			base = c.functionBase(r)
			if len(keys) == 0 {
				return c.stylize(base, styleSpecial)
			}
		case r.hasCtor && r.ctor == "Object" && (r.kind == kindObject || r.kind == kindArguments):
			if r.kind == kindArguments {
				braces[0] = "[Arguments] {"
			} else if r.tag != "" {
				braces[0] = getPrefix(r.ctor, r.hasCtor, r.tag, "Object", "") + "{"
			}
			if len(keys) == 0 {
				return braces[0] + "}"
			}
		case r.kind == kindRegExp:
			base = c.regExpString(o)
			if prefix := getPrefix(r.ctor, r.hasCtor, r.tag, "RegExp", ""); prefix != "RegExp " {
				base = prefix + base
			}
			if len(keys) == 0 || recurseTimes > c.depth {
				return c.stylize(base, styleRegExp)
			}
		case r.kind == kindDate:
			base = dateString(o)
			if prefix := getPrefix(r.ctor, r.hasCtor, r.tag, "Date", ""); prefix != "Date " {
				base = prefix + base
			}
			if len(keys) == 0 {
				return c.stylize(base, styleDate)
			}
		case r.kind == kindError:
			base, keys = c.formatError(r, keys)
			if len(keys) == 0 {
				return base
			}
		case r.kind == kindArrayBuffer:
			prefix := getPrefix(r.ctor, r.hasCtor, r.tag, "ArrayBuffer", "")
			if !typedArray {
				formatter = func(int) []string { return c.formatArrayBuffer(o) }
			} else if len(keys) == 0 {
				return prefix + "{ byteLength: " + c.formatValue(c.builtinProp(o, "ArrayBuffer", "byteLength"), 0, false) + " }"
			}
			braces[0] = prefix + "{"
			keys = append([]key{{name: "byteLength"}}, keys...)
		case r.kind == kindDataView:
			braces[0] = getPrefix(r.ctor, r.hasCtor, r.tag, "DataView", "") + "{"
			keys = append([]key{{name: "byteLength"}, {name: "byteOffset"}, {name: "buffer"}}, keys...)
		case r.kind == kindPromise:
			braces[0] = getPrefix(r.ctor, r.hasCtor, r.tag, "Promise", "") + "{"
			formatter = func(rt int) []string { return c.formatPromise(o, rt) }
		case r.kind == kindWeakSet || r.kind == kindWeakMap:
			fallback := "WeakSet"
			if r.kind == kindWeakMap {
				fallback = "WeakMap"
			}
			braces[0] = getPrefix(r.ctor, r.hasCtor, r.tag, fallback, "") + "{"
			formatter = func(int) []string { return []string{c.stylize("<items unknown>", styleSpecial)} }
		case r.kind == kindBoxed:
			base, keys = c.boxedBase(r, keys)
			if len(keys) == 0 {
				return base
			}
		default:
			if len(keys) == 0 {
				return r.ctxStyle() + "{}"
			}
			braces[0] = r.ctxStyle() + "{"
		}
	}

	if recurseTimes > c.depth {
		name := strings.TrimSuffix(r.ctxStyle(), " ")
		if r.hasCtor {
			name = "[" + name + "]"
		}
		return c.stylize(name, styleSpecial)
	}
	recurseTimes++

	c.seen = append(c.seen, o)
	c.currentDepth = recurseTimes
	var output []string
	if formatter != nil {
		output = formatter(recurseTimes)
	}
	for _, k := range keys {
		if c.exhausted(&output) {
			break
		}
		output = append(output, c.formatProperty(r, k, recurseTimes, false, nil))
		c.charge(output[len(output)-1])
	}
	if idx, ok := c.circular[o]; ok {
		ref := c.stylize("<ref *"+strconv.Itoa(idx)+">", styleSpecial)
		switch {
		case c.compact == CompactTrue:
			braces[0] = ref + " " + braces[0]
		case base == "":
			base = ref
		default:
			base = ref + " " + base
		}
	}
	c.seen = c.seen[:len(c.seen)-1]
	if c.opts.Sorted {
		if !extrasArray {
			c.sortEntries(output)
		} else if len(keys) > 1 && len(keys) <= len(output) {
			c.sortEntries(output[len(output)-len(keys):])
		}
	}
	return c.reduceToSingleString(output, base, braces, extrasArray, recurseTimes, numericAt)
}

func arrayLength(o *goja.Object) int64 {
	v := o.Get("length")
	if v == nil {
		return 0
	}
	return v.ToInteger()
}

// formatProperty is Node's formatProperty. arrayItem is Node's kArrayType:
// only the value is printed. d, when given, is the descriptor to use.
func (c *ctx) formatProperty(r *raw, k key, recurseTimes int, arrayItem bool, d *desc) string {
	var dd desc
	if d != nil {
		dd = *d
	} else {
		dd = c.ownDesc(r.o, k)
		if !dd.found {
			// Keys that formatRaw adds itself (byteLength, cause...) may be
			// inherited: Node reads them as value[key].
			dd = desc{found: true, enumerable: true, value: c.inheritedValue(r, k)}
		}
	}
	var str string
	extra := " "
	switch {
	case c.inHost && r.kind == kindError && k.sym == nil && k.name == "stack" && !arrayItem:
		// An Error's stack is an accessor in V8, data in goja: what workerd shows for it
		// inside a host object.
		str = c.stylize("[Getter/Setter]", styleSpecial)
	case dd.value != nil && !goja.IsUndefined(dd.value):
		diff := 2
		if c.compact == CompactTrue && !arrayItem {
			diff = 3
		}
		c.indentationLvl += diff
		str = c.formatValue(dd.value, recurseTimes, false)
		if diff == 3 && c.breakLength < stringWidth(str, c.colors) {
			extra = "\n" + strings.Repeat(" ", c.indentationLvl)
		}
		c.indentationLvl -= diff
	case dd.get != nil:
		label := "Getter"
		if dd.set != nil {
			label = "Getter/Setter"
		}
		if c.runsGetter(dd.set != nil) {
			str = c.getterValue(r.o, dd.get, label, recurseTimes)
		} else {
			str = c.stylize("["+label+"]", styleSpecial)
		}
	case dd.set != nil:
		str = c.stylize("[Setter]", styleSpecial)
	default:
		str = c.stylize("undefined", styleUndefined)
	}
	if arrayItem {
		return str
	}
	// workerd's names: a symbol unbracketed (Symbol(a): 1), a key that is
	// no identifier quoted, and either in brackets when not enumerable.
	var name string
	switch {
	case k.sym != nil:
		name = c.stylize(escapeKey("Symbol("+k.sym.String()+")"), styleSymbol)
	case k.name == "__proto__":
		name = "['__proto__']"
	case isIdentifierKey(k.name):
		name = c.stylize(k.name, styleName)
	default:
		name = c.stylize(strEscape(k.name), styleString)
	}
	if !dd.enumerable {
		name = "[" + name + "]"
	}
	return name + ":" + extra + str
}

// inheritedValue reads a key that is not an own property: a data property
// on the chain, or the value of a builtin getter of the intrinsic prototype
// (ArrayBuffer and DataView lengths); other getters are not run.
func (c *ctx) inheritedValue(r *raw, k key) goja.Value {
	d, holder := c.lookup(r.o, k)
	if d.isData() {
		return d.value
	}
	if d.get == nil {
		return goja.Undefined()
	}
	name := internalName(r.kind, r.o)
	if proto := c.intrinsicProto(name); proto == nil || !holder.SameAs(proto) {
		return goja.Undefined()
	}
	f, _ := goja.AssertFunction(d.get)
	if f == nil {
		return goja.Undefined()
	}
	v, err := f(r.o)
	if err != nil {
		return goja.Undefined()
	}
	return v
}

// builtinProp reads the builtin getter name of the intrinsic prototype of
// the global constructor ctor with o as this.
func (c *ctx) builtinProp(o *goja.Object, ctor, name string) goja.Value {
	f := c.builtinGetter(c.intrinsicProto(ctor), key{name: name})
	if f == nil {
		return goja.Undefined()
	}
	v, err := f(o)
	if err != nil {
		return goja.Undefined()
	}
	return v
}

// sortEntries sorts formatted entries as Array.prototype.sort does, with
// Options.SortFn when set (what it throws propagates).
func (c *ctx) sortEntries(out []string) {
	if c.opts.SortFn == nil {
		sort.SliceStable(out, func(i, j int) bool { return utf16Less(out[i], out[j]) })
		return
	}
	sort.SliceStable(out, func(i, j int) bool {
		v, err := c.opts.SortFn(goja.Undefined(), c.rt.ToValue(out[i]), c.rt.ToValue(out[j]))
		if err != nil {
			panic(err)
		}
		return v.ToFloat() < 0
	})
}

// utf16Less compares as JavaScript compares strings: by UTF-16 code units.
func utf16Less(a, b string) bool {
	ua, ub := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
	for i := 0; i < len(ua) && i < len(ub); i++ {
		if ua[i] != ub[i] {
			return ua[i] < ub[i]
		}
	}
	return len(ua) < len(ub)
}

// runsGetter reports whether Options.Getters has an accessor's getter run
// (withSetter: the accessor has a setter too).
func (c *ctx) runsGetter(withSetter bool) bool {
	switch c.opts.Getters {
	case GettersAll:
		return true
	case GettersGet:
		return !withSetter
	case GettersSet:
		return withSetter
	}
	return false
}

// getterValue is Node's [Getter: value]: the getter called on o, its value
// formatted, or what it threw.
func (c *ctx) getterValue(o *goja.Object, get goja.Value, label string, recurseTimes int) string {
	fn, ok := goja.AssertFunction(get)
	if !ok {
		return c.stylize("["+label+"]", styleSpecial)
	}
	var v goja.Value
	if ex := c.rt.Try(func() {
		var err error
		if v, err = fn(o); err != nil {
			panic(err)
		}
	}); ex != nil {
		msg := ""
		if eo, ok := ex.Value().(*goja.Object); ok {
			if m := eo.Get("message"); m != nil {
				msg = m.String()
			}
		}
		return c.stylize("["+label+":", styleSpecial) + " <Inspection threw (" + msg + ")>" + c.stylize("]", styleSpecial)
	}
	c.indentationLvl += 2
	defer func() { c.indentationLvl -= 2 }()
	switch {
	case goja.IsNull(v):
		return c.stylize("["+label+":", styleSpecial) + " " + c.stylize("null", styleNull) + c.stylize("]", styleSpecial)
	case isObject(v):
		return c.stylize("["+label+"]", styleSpecial) + " " + c.formatValue(v, recurseTimes, false)
	}
	return c.stylize("["+label+":", styleSpecial) + " " + c.formatPrimitive(v, c.colors) + c.stylize("]", styleSpecial)
}

func isObject(v goja.Value) bool { _, ok := v.(*goja.Object); return ok }

// separatedNumber is Node's formatNumber with numericSeparator.
func separatedNumber(f float64) string {
	if f == 0 && math.Signbit(f) {
		return "0" // String(-0), as Node prints it with separators
	}
	s := numberString(f)
	if math.IsNaN(f) || math.IsInf(f, 0) || strings.ContainsAny(s, "e") {
		return s
	}
	if f == math.Trunc(f) {
		return addNumericSeparator(s)
	}
	i := strings.IndexByte(s, '.')
	return addNumericSeparator(s[:i]) + "." + addNumericSeparatorEnd(s[i+1:])
}

// addNumericSeparator puts _ between groups of three digits from the right.
func addNumericSeparator(s string) string {
	start := 0
	if strings.HasPrefix(s, "-") {
		start = 1
	}
	out := ""
	i := len(s)
	for ; i >= start+4; i -= 3 {
		out = "_" + s[i-3:i] + out
	}
	if i == len(s) {
		return s
	}
	return s[:i] + out
}

// addNumericSeparatorEnd puts _ between groups of three digits from the
// left (a fraction).
func addNumericSeparatorEnd(s string) string {
	var b strings.Builder
	i := 0
	for ; i < len(s)-3; i += 3 {
		b.WriteString(s[i : i+3])
		b.WriteByte('_')
	}
	if i == 0 {
		return s
	}
	b.WriteString(s[i:])
	return b.String()
}
