package inspect

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// formatArray is Node's formatArray and formatSpecialArray; types records
// which items are numbers, for groupArrayElements.
func (c *ctx) formatArray(o *goja.Object, length int64, recurseTimes int, types map[int]bool) []string {
	n := int(min(int64(c.maxArrayLength), length))
	output := make([]string, 0, n)
	r := &raw{o: o, kind: kindArray}
	for i := range n {
		k := key{name: strconv.Itoa(i)}
		d := c.ownDesc(o, k)
		if !d.found {
			return c.formatSpecialArray(r, length, recurseTimes, n, output, i)
		}
		if c.exhausted(&output) {
			return output
		}
		types[i] = d.isData() && (goja.IsNumber(d.value) || goja.IsBigInt(d.value))
		output = append(output, c.formatProperty(r, k, recurseTimes, true, &d))
		c.charge(output[len(output)-1])
	}
	if remaining := length - int64(n); remaining > 0 {
		output = append(output, remainingText(int(remaining)))
	}
	return output
}

func (c *ctx) formatSpecialArray(r *raw, length int64, recurseTimes, maxLength int, output []string, i int) []string {
	keys := r.o.Keys()
	index := int64(i)
	for ; i < len(keys) && len(output) < maxLength; i++ {
		k := keys[i]
		if !isArrayIndex(k) {
			break
		}
		tmp, _ := strconv.ParseInt(k, 10, 64)
		if tmp != index {
			empty := tmp - index
			output = append(output, c.stylize("<"+strconv.FormatInt(empty, 10)+" empty item"+plural(int(empty))+">", styleUndefined))
			index = tmp
			if len(output) == maxLength {
				break
			}
		}
		output = append(output, c.formatProperty(r, key{name: k}, recurseTimes, true, nil))
		index++
	}
	remaining := length - index
	if len(output) != maxLength {
		if remaining > 0 {
			output = append(output, c.stylize("<"+strconv.FormatInt(remaining, 10)+" empty item"+plural(int(remaining))+">", styleUndefined))
		}
	} else if remaining > 0 {
		output = append(output, remainingText(int(remaining)))
	}
	return output
}

// isNumericElement is typeof o[i] === 'number' || 'bigint' for an item
// formatArray did not record; getters count as not numeric.
func (c *ctx) isNumericElement(o *goja.Object, i int) bool {
	d := c.ownDesc(o, key{name: strconv.Itoa(i)})
	return d.isData() && (goja.IsNumber(d.value) || goja.IsBigInt(d.value))
}

// collectionEntries reads the size of a Map or Set through the builtin size
// getter and its first maxArrayLength entries through the builtin forEach
// (neither runs user code on a real Map or Set), stopping forEach early by
// throwing from the callback. Map entries are key, value pairs.
func (c *ctx) collectionEntries(o *goja.Object, k kind) ([]goja.Value, int) {
	name := "Set"
	if k == kindMap {
		name = "Map"
	}
	proto := c.intrinsicProto(name)
	forEach := c.builtinFunc(proto, key{name: "forEach"})
	sizeOf := c.builtinGetter(proto, key{name: "size"})
	if forEach == nil || sizeOf == nil {
		return nil, 0
	}
	sv, err := sizeOf(o)
	if err != nil {
		return nil, 0
	}
	size := int(sv.ToInteger())
	var entries []goja.Value
	stop := c.rt.NewObject()
	seen := 0
	cb := c.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		if seen == c.maxArrayLength {
			panic(stop)
		}
		if k == kindMap {
			entries = append(entries, call.Argument(1), call.Argument(0))
		} else {
			entries = append(entries, call.Argument(0))
		}
		seen++
		return goja.Undefined()
	})
	if _, err := forEach(o, cb); err != nil {
		if ex, ok := err.(*goja.Exception); !ok || !ex.Value().SameAs(stop) {
			return nil, 0
		}
	}
	return entries, size
}

// formatCollection is Node's formatSet (sep "") and formatMap (sep " => ").
func (c *ctx) formatCollection(entries []goja.Value, size int, sep string, recurseTimes int) []string {
	var output []string
	c.indentationLvl += 2
	if sep == "" {
		for _, v := range entries {
			if c.exhausted(&output) {
				break
			}
			output = append(output, c.formatValue(v, recurseTimes, false))
			c.charge(output[len(output)-1])
		}
	} else {
		for i := 0; i+1 < len(entries); i += 2 {
			if c.exhausted(&output) {
				break
			}
			output = append(output, c.formatValue(entries[i], recurseTimes, false)+sep+c.formatValue(entries[i+1], recurseTimes, false))
			c.charge(output[len(output)-1])
		}
	}
	shown := len(entries)
	if sep != "" {
		shown /= 2
	}
	if remaining := size - shown; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	c.indentationLvl -= 2
	return output
}

// typedElems is a typed array's contents as goja exports them: a slice of
// the element type ([]uint8 ... []float64, []int64 and []uint64 for the
// BigInt arrays).
type typedElems struct{ data reflect.Value }

func typedElementsOf(o *goja.Object) typedElems {
	if o.Get("length").ToInteger() == 0 {
		// Empty, or a view of a detached (transferred) buffer, which
		// goja's Export would slice past its end.
		return typedElems{reflect.ValueOf([]float64(nil))}
	}
	v := reflect.ValueOf(o.Export())
	if v.Kind() != reflect.Slice {
		v = reflect.ValueOf([]float64(nil))
	}
	return typedElems{v}
}

func (t typedElems) len() int { return t.data.Len() }

// item formats element i as Node's formatNumber or formatBigInt would
// (sep: numericSeparator).
func (t typedElems) item(i int, colors, sep bool) string {
	e := t.data.Index(i)
	num := func(f float64) string {
		if sep {
			return stylize(colors, separatedNumber(f), styleNumber)
		}
		return formatNumber(colors, f)
	}
	big := func(s string) string {
		if sep {
			s = addNumericSeparator(s)
		}
		return stylize(colors, s+"n", styleBigInt)
	}
	switch e.Kind() {
	case reflect.Int64:
		return big(strconv.FormatInt(e.Int(), 10))
	case reflect.Uint64:
		return big(strconv.FormatUint(e.Uint(), 10))
	case reflect.Int8, reflect.Int16, reflect.Int32:
		return num(float64(e.Int()))
	case reflect.Uint8, reflect.Uint16, reflect.Uint32:
		return num(float64(e.Uint()))
	case reflect.Float32, reflect.Float64:
		return num(e.Float())
	}
	return ""
}

func (c *ctx) formatTypedArray(t typedElems) []string {
	length := t.len()
	n := min(c.maxArrayLength, length)
	output := make([]string, 0, n+1)
	for i := range n {
		if c.exhausted(&output) {
			return output
		}
		output = append(output, t.item(i, c.colors, c.opts.NumericSeparator))
		c.charge(output[len(output)-1])
	}
	if remaining := length - n; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// typedArrayInternals are the entries Node's showHidden adds after a typed
// array's elements, read through %TypedArray%.prototype's own getters.
func (c *ctx) typedArrayInternals(o *goja.Object, t typedElems, recurseTimes int) []string {
	var ta *goja.Object
	if u8 := c.intrinsicProto("Uint8Array"); u8 != nil {
		ta = c.protoOf(u8)
	}
	get := func(name string) goja.Value {
		if f := c.builtinGetter(ta, key{name: name}); f != nil {
			if v, err := f(o); err == nil {
				return v
			}
		}
		return goja.Undefined()
	}
	size := 0
	if t.data.IsValid() {
		size = int(t.data.Type().Elem().Size())
	}
	c.indentationLvl += 2
	defer func() { c.indentationLvl -= 2 }()
	out := []string{"[BYTES_PER_ELEMENT]: " + c.formatValue(c.rt.ToValue(size), recurseTimes, false)}
	for _, k := range []string{"length", "byteLength", "byteOffset", "buffer"} {
		out = append(out, "["+k+"]: "+c.formatValue(get(k), recurseTimes, true))
	}
	return out
}

// typedArrayName is %TypedArray%.prototype[Symbol.toStringTag] of o.
func (c *ctx) typedArrayName(o *goja.Object) string {
	u8 := c.intrinsicProto("Uint8Array")
	if u8 == nil {
		return ""
	}
	f := c.builtinGetter(c.protoOf(u8), key{sym: goja.SymToStringTag})
	if f == nil {
		return ""
	}
	v, err := f(o)
	if err != nil || !goja.IsString(v) {
		return ""
	}
	return v.String()
}

func (c *ctx) formatArrayBuffer(o *goja.Object) []string {
	ab, _ := o.Export().(goja.ArrayBuffer)
	if ab.Detached() {
		return []string{c.stylize("(detached)", styleSpecial)}
	}
	data := ab.Bytes()
	n := min(c.maxArrayLength, len(data))
	var b strings.Builder
	b.Grow(3*n + 32)
	b.WriteString(c.stylize("[Uint8Contents]", styleSpecial))
	b.WriteString(": <")
	for i, x := range data[:n] {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte(hexDigits[x>>4])
		b.WriteByte(hexDigits[x&15])
	}
	if remaining := len(data) - n; remaining > 0 {
		b.WriteString(" ... " + strconv.Itoa(remaining) + " more byte" + plural(remaining))
	}
	b.WriteByte('>')
	return []string{b.String()}
}

func (c *ctx) formatPromise(o *goja.Object, recurseTimes int) []string {
	p, _ := o.Export().(*goja.Promise)
	if p == nil || p.State() == goja.PromiseStatePending {
		return []string{c.stylize("<pending>", styleSpecial)}
	}
	c.indentationLvl += 2
	s := c.formatValue(p.Result(), recurseTimes, false)
	c.indentationLvl -= 2
	if p.State() == goja.PromiseStateRejected {
		s = c.stylize("<rejected>", styleSpecial) + " " + s
	}
	return []string{s}
}
