package inspect

import (
	"math"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

// User-defined inspection: an object's [Symbol.for('nodejs.util.inspect.custom')]
// method, called as workerd's inspect calls it (Options.CustomInspect), and
// the host's proxies that print as their targets (RegisterTransparent).

// userInspect calls o's custom inspection method, if it has one, and
// formats what it returns: a string as it is (its lines shifted to the
// current indentation), anything else as a value, and the object itself
// (a method returning this) not at all (false: the default formatting
// follows). via is the proxy o was reached through, the method's this.
// What the method throws propagates.
func (c *ctx) userInspect(o, via *goja.Object, recurseTimes int) (string, bool) {
	sym := c.customSymbol()
	if sym == nil {
		return "", false
	}
	fv := o.GetSymbol(sym)
	fn, ok := goja.AssertFunction(fv)
	if !ok {
		return "", false
	}
	if c.opts.InspectFn != nil && fv.SameAs(c.opts.InspectFn) {
		return "", false // util.inspect itself
	}
	// A prototype (o.constructor.prototype === o) is not inspected by its
	// own method.
	if ctor, ok := o.Get("constructor").(*goja.Object); ok {
		if p, ok := ctor.Get("prototype").(*goja.Object); ok && p.SameAs(o) {
			return "", false
		}
	}
	this := o
	if via != nil {
		this = via
	}
	var depth goja.Value = goja.Null()
	if c.depth != math.MaxInt {
		depth = c.rt.ToValue(c.depth - recurseTimes)
	}
	cross := via != nil || !c.inherits(o, c.intrinsicProto("Object"))
	ret, err := fn(this, depth, c.userOptions(cross), c.inspectFunc())
	if err != nil {
		panic(err)
	}
	if r, ok := ret.(*goja.Object); ok && r.SameAs(this) {
		return "", false
	}
	if goja.IsString(ret) {
		return strings.ReplaceAll(ret.String(), "\n", "\n"+strings.Repeat(" ", c.indentationLvl)), true
	}
	return c.formatValue(ret, recurseTimes, false), true
}

// customSymbol is Symbol.for('nodejs.util.inspect.custom'), looked up once
// per call; nil if the global Symbol.for is gone.
func (c *ctx) customSymbol() *goja.Symbol {
	if !c.customSymDone {
		c.customSymDone = true
		if f := c.builtinFunc(c.global("Symbol"), key{name: "for"}); f != nil {
			if v, err := f(goja.Undefined(), c.rt.ToValue("nodejs.util.inspect.custom")); err == nil {
				c.customSym, _ = v.(*goja.Symbol)
			}
		}
	}
	return c.customSym
}

// userOptions is the options object a custom method gets, with workerd's
// members in workerd's order. cross (a method reached through a proxy, or
// an object that is no instance of Object) makes it a null-prototype
// object, as Node does for a value from another context.
func (c *ctx) userOptions(cross bool) *goja.Object {
	o := c.rt.NewObject()
	if cross {
		_ = o.SetPrototype(nil)
	}
	limit := func(n int) goja.Value {
		if n == math.MaxInt {
			return c.rt.ToValue(math.Inf(1))
		}
		return c.rt.ToValue(n)
	}
	colors := c.colors
	_ = o.Set("stylize", func(call goja.FunctionCall) goja.Value {
		return c.rt.ToValue(stylize(colors, call.Argument(0).String(), call.Argument(1).String()))
	})
	_ = o.Set("showHidden", c.showHidden)
	if c.depth == math.MaxInt {
		_ = o.Set("depth", goja.Null())
	} else {
		_ = o.Set("depth", c.depth)
	}
	_ = o.Set("colors", c.colors)
	_ = o.Set("customInspect", true)
	_ = o.Set("showProxy", c.showProxy)
	_ = o.Set("maxArrayLength", limit(c.maxArrayLength))
	_ = o.Set("maxStringLength", limit(c.maxStringLength))
	_ = o.Set("breakLength", limit(c.breakLength))
	switch c.compact {
	case CompactTrue:
		_ = o.Set("compact", true)
	case 0:
		_ = o.Set("compact", false)
	default:
		_ = o.Set("compact", c.compact)
	}
	switch {
	case c.opts.SortFn != nil:
		_ = o.Set("sorted", c.opts.SortFn)
	default:
		_ = o.Set("sorted", c.opts.Sorted)
	}
	switch c.opts.Getters {
	case GettersAll:
		_ = o.Set("getters", true)
	case GettersGet:
		_ = o.Set("getters", "get")
	case GettersSet:
		_ = o.Set("getters", "set")
	default:
		_ = o.Set("getters", false)
	}
	_ = o.Set("numericSeparator", c.opts.NumericSeparator)
	return o
}

// inspectFunc is the third argument of a custom method: Options.InspectFn
// (node:util's inspect), or a function that formats its first argument
// with the options of its second.
func (c *ctx) inspectFunc() goja.Value {
	if c.opts.InspectFn != nil {
		return c.opts.InspectFn
	}
	if c.inspectFn == nil {
		rt := c.rt
		c.inspectFn = rt.ToValue(func(call goja.FunctionCall) goja.Value {
			return rt.ToValue(Format(rt, call.Argument(0), OptionsFrom(call.Argument(1))))
		})
	}
	return c.inspectFn
}

// OptionsFrom reads util.inspect's options object: depth (null or Infinity
// for no limit), breakLength, maxArrayLength, maxStringLength, colors,
// showHidden, showProxy and customInspect (on unless false, as in Node).
// Anything else gives the defaults.
func OptionsFrom(v goja.Value) Options {
	o := Options{CustomInspect: true}
	obj, ok := v.(*goja.Object)
	if !ok {
		return o
	}
	num := func(name string, dst *int, inf int) bool {
		x := obj.Get(name)
		if x == nil || goja.IsUndefined(x) {
			return false
		}
		if goja.IsNull(x) {
			*dst = inf
			return true
		}
		f := x.ToFloat()
		if f > 1e9 {
			*dst = inf
		} else {
			*dst = int(f)
		}
		return true
	}
	var depth int
	if num("depth", &depth, -1) {
		switch {
		case depth == 0:
			o.Depth = TopLevelOnly
		case depth < 0:
			o.Depth = -1
		default:
			o.Depth = depth
		}
	}
	num("breakLength", &o.BreakLength, 1<<30)
	if num("maxArrayLength", &o.MaxArrayLength, -1) && o.MaxArrayLength == 0 {
		o.MaxArrayLength = -1
	}
	num("maxStringLength", &o.MaxStringLength, -1)
	flag := func(name string, dst *bool) {
		if x := obj.Get(name); x != nil && !goja.IsUndefined(x) {
			*dst = x.ToBoolean()
		}
	}
	if x := obj.Get("compact"); x != nil && !goja.IsUndefined(x) {
		// As Node reads it: true, or a number of levels from 1; anything
		// else (false, 0, a string) puts every entry on its own line.
		o.Compact = CompactFalse
		if isBool(x) && x.ToBoolean() {
			o.Compact = CompactTrue
		} else if n := x.ToFloat(); goja.IsNumber(x) && n >= 1 {
			o.Compact = int(min(n, 1e9))
		}
	}
	if x := obj.Get("sorted"); x != nil && !goja.IsUndefined(x) {
		if fn, ok := goja.AssertFunction(x); ok {
			o.Sorted, o.SortFn = true, fn
		} else {
			o.Sorted = x.ToBoolean()
		}
	}
	if x := obj.Get("getters"); x != nil && !goja.IsUndefined(x) {
		switch {
		case goja.IsString(x) && x.String() == "get":
			o.Getters = GettersGet
		case goja.IsString(x) && x.String() == "set":
			o.Getters = GettersSet
		case isBool(x) && x.ToBoolean():
			o.Getters = GettersAll
		}
	}
	flag("numericSeparator", &o.NumericSeparator)
	flag("colors", &o.Colors)
	flag("showHidden", &o.ShowHidden)
	flag("showProxy", &o.ShowProxy)
	flag("customInspect", &o.CustomInspect)
	return o
}

var (
	transparentMu sync.Mutex
	transparents  map[weak.Pointer[goja.Runtime]][]weak.Pointer[goja.Object]
)

// RegisterTransparent marks p, a proxy the host made for its own ends (the
// script never made it: a constructor that must be a proxy in goja, an
// environment object), to be shown as its target, not as Proxy(...). The
// mark lasts as long as rt. Safe for concurrent use.
func RegisterTransparent(rt *goja.Runtime, p *goja.Object) {
	key := weak.Make(rt)
	transparentMu.Lock()
	defer transparentMu.Unlock()
	if transparents == nil {
		transparents = map[weak.Pointer[goja.Runtime]][]weak.Pointer[goja.Object]{}
	}
	if _, ok := transparents[key]; !ok {
		runtime.AddCleanup(rt, func(k weak.Pointer[goja.Runtime]) {
			transparentMu.Lock()
			delete(transparents, k)
			transparentMu.Unlock()
		}, key)
	}
	transparents[key] = append(transparents[key], weak.Make(p))
}

// isTransparent reports whether p was registered with RegisterTransparent.
func (c *ctx) isTransparent(p *goja.Object) bool {
	if !c.transparentDone {
		c.transparentDone = true
		transparentMu.Lock()
		c.transparent = transparents[weak.Make(c.rt)]
		transparentMu.Unlock()
	}
	for _, w := range c.transparent {
		if w.Value() == p {
			return true
		}
	}
	return false
}

func isBool(v goja.Value) bool {
	t := v.ExportType()
	return t != nil && t.Kind() == reflect.Bool
}
