package inspect

import (
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// functionBase is Node's getFunctionBase and getClassBase.
func (c *ctx) functionBase(r *raw) string {
	o := r.o
	if o.ExportType() == typeCtor() {
		name := "(anonymous)"
		if d := c.ownDesc(o, key{name: "name"}); d.isData() && goja.IsString(d.value) && d.value.String() != "" {
			name = d.value.String()
		}
		base := "class " + name
		if r.ctor != "Function" && r.hasCtor {
			base += " [" + r.ctor + "]"
		}
		if r.tag != "" && r.ctor != r.tag {
			base += " [" + r.tag + "]"
		}
		if r.hasCtor {
			if super := c.protoOf(o); super != nil {
				if s := c.funcName(super); s != "" {
					base += " extends " + s
				}
			}
		} else {
			base += " extends [null prototype]"
		}
		return "[" + base + "]"
	}
	typ := "Function"
	if t := c.dataGet(o, key{sym: goja.SymToStringTag}); t != nil && goja.IsString(t) {
		ts := t.String()
		if strings.HasSuffix(ts, "GeneratorFunction") {
			typ = "Generator" + typ
		}
		if strings.HasPrefix(ts, "Async") {
			typ = "Async" + typ
		}
	}
	base := "[" + typ
	if !r.hasCtor {
		base += " (null prototype)"
	}
	switch name := c.dataGet(o, key{name: "name"}); {
	case name == nil:
		base += ": undefined"
	case goja.IsString(name) && name.String() == "":
		base += " (anonymous)"
	case asObject(name) != nil:
		base += ": [object Object]"
	default:
		base += ": " + name.String()
	}
	base += "]"
	if r.ctor != typ && r.hasCtor {
		base += " " + r.ctor
	}
	if r.tag != "" && r.ctor != r.tag {
		base += " [" + r.tag + "]"
	}
	return base
}

func (c *ctx) regExpString(o *goja.Object) string {
	src := c.builtinProp(o, "RegExp", "source")
	flags := c.builtinProp(o, "RegExp", "flags")
	s, f := "(?:)", ""
	if goja.IsString(src) {
		s = src.String()
	}
	if goja.IsString(flags) {
		f = flags.String()
	}
	return "/" + s + "/" + f
}

// dateString is Date.prototype.toISOString, or "Invalid Date".
func dateString(o *goja.Object) string {
	t, ok := o.Export().(time.Time)
	if !ok {
		return "Invalid Date"
	}
	t = t.UTC()
	y := t.Year()
	var ys string
	switch {
	case y >= 0 && y <= 9999:
		ys = pad(strconv.Itoa(y), 4)
	case y < 0:
		ys = "-" + pad(strconv.Itoa(-y), 6)
	default:
		ys = "+" + pad(strconv.Itoa(y), 6)
	}
	return ys + t.Format("-01-02T15:04:05.000Z")
}

func pad(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return strings.Repeat("0", n-len(s)) + s
}

// boxedBase is Node's getBoxedBase.
func (c *ctx) boxedBase(r *raw, keys []key) (string, []key) {
	typ := r.o.ClassName()
	switch r.o.ExportType() {
	case typeString():
		if typ == "Object" {
			typ = "Symbol"
		}
	case typeBigInt():
		typ = "BigInt"
	}
	var prim goja.Value = goja.Undefined()
	if f := c.builtinFunc(c.intrinsicProto(typ), key{name: "valueOf"}); f != nil {
		if v, err := f(r.o); err == nil {
			prim = v
		}
	}
	if typ == "String" {
		// The index keys of a String wrapper repeat its value.
		n := 0
		for n < len(keys) && keys[n].sym == nil && isArrayIndex(keys[n].name) {
			n++
		}
		keys = keys[n:]
	}
	base := "[" + typ
	if typ != r.ctor {
		if !r.hasCtor {
			base += " (null prototype)"
		} else {
			base += " (" + r.ctor + ")"
		}
	}
	base += ": " + c.formatPrimitive(prim, false) + "]"
	if r.tag != "" && r.tag != r.ctor {
		base += " [" + r.tag + "]"
	}
	if len(keys) != 0 || !c.colors {
		return base, keys
	}
	return c.stylize(base, strings.ToLower(typ)), keys
}
