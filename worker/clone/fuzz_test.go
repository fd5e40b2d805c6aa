package clone

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// fuzzCheck compares a value with its clone: same shape, same primitives (by Object.is), the
// same sharing (one clone object per source object), and no object in common.
const fuzzCheck = `
globalThis.cloneEqual = function (src, dst) {
	const seen = new Map(), dstSeen = new Set();
	const tag = (v) => Object.prototype.toString.call(v);
	const fail = (path, what) => { throw new Error("MISMATCH at " + path + ": " + what); };
	const sameKeys = (a, b, path) => {
		const ka = Object.keys(a), kb = Object.keys(b);
		if (ka.join("\u0001") !== kb.join("\u0001")) fail(path, "keys " + JSON.stringify(ka) + " vs " + JSON.stringify(kb));
		for (const k of ka) eq(a[k], b[k], path + "." + k);
	};
	const eq = (a, b, path) => {
		if (typeof a !== typeof b) fail(path, "typeof " + typeof a + " vs " + typeof b);
		if (a === null || typeof a !== "object") {
			if (!Object.is(a, b)) fail(path, String(a) + " vs " + String(b));
			return;
		}
		if (seen.has(a)) {
			if (seen.get(a) !== b) fail(path, "sharing lost");
			return;
		}
		if (a === b) fail(path, "clone shares an object with its source");
		if (dstSeen.has(b)) fail(path, "one clone object for two source objects");
		seen.set(a, b);
		dstSeen.add(b);
		const t = tag(a);
		if (t !== tag(b)) fail(path, t + " vs " + tag(b));
		if (a instanceof ArrayBuffer) {
			const x = new Uint8Array(a), y = new Uint8Array(b);
			if (x.length !== y.length || x.some((v, i) => v !== y[i])) fail(path, "buffer contents");
		} else if (ArrayBuffer.isView(a)) {
			if (a.constructor !== b.constructor || a.byteOffset !== b.byteOffset || a.byteLength !== b.byteLength) fail(path, "view shape");
			eq(a.buffer, b.buffer, path + ".buffer");
		} else if (a instanceof Map || a instanceof Set) {
			if (a.size !== b.size || (a instanceof Map) !== (b instanceof Map) || Object.getPrototypeOf(b) !== (a instanceof Map ? Map : Set).prototype) fail(path, "collection");
			const x = [...a], y = [...b];
			for (let i = 0; i < x.length; i++) eq(x[i], y[i], path + "[" + i + "]");
		} else if (a instanceof Date) {
			if (!Object.is(a.getTime(), b.getTime()) || Object.getPrototypeOf(b) !== Date.prototype) fail(path, "date");
		} else if (a instanceof RegExp) {
			if (a.source !== b.source || a.flags !== b.flags || b.lastIndex !== 0) fail(path, "regexp");
		} else if (a instanceof Error) {
			if (a.name !== b.name || a.message !== b.message || a.constructor !== b.constructor) fail(path, "error");
		} else if (t === "[object Number]" || t === "[object String]" || t === "[object Boolean]" || t === "[object BigInt]") {
			if (!Object.is(a.valueOf(), b.valueOf())) fail(path, "boxed value");
		} else if (Array.isArray(a)) {
			if (a.length !== b.length || Object.getPrototypeOf(b) !== Array.prototype) fail(path, "array length");
			sameKeys(a, b, path);
		} else {
			if (Object.getPrototypeOf(b) !== Object.prototype) fail(path, "prototype");
			sameKeys(a, b, path);
		}
	};
	eq(src, dst, "$");
	for (const b of dstSeen) if (seen.has(b)) fail("$", "a clone object is also a source object");
	return "equal";
};
`

// fuzzProgram turns bytes into a script that builds a value from a pool of generated values
// (nested objects, arrays with holes, Maps, Sets, cycles, buffers with shared views, Dates,
// RegExps, boxed values, errors), clones it and checks the clone.
func fuzzProgram(data []byte) string {
	r := fuzzReader{data: data}
	var b strings.Builder
	b.WriteString("{\nconst v = [];\n")
	for r.more() && r.n < 64 {
		r.n++
		pick := func() string {
			if r.n == 1 {
				return "0"
			}
			return fmt.Sprintf("v[%d %% v.length]", r.byte())
		}
		switch r.byte() % 16 {
		case 0:
			fmt.Fprintf(&b, "v.push(%s);\n", r.number())
		case 1:
			fmt.Fprintf(&b, "v.push(%s);\n", r.str())
		case 2:
			fmt.Fprintf(&b, "v.push(%dn * %dn ** %dn);\n", int8(r.byte()), r.byte(), r.byte()%40)
		case 3:
			fmt.Fprintf(&b, "v.push({ [%s]: %s, [%s]: %s });\n", r.key(), pick(), r.key(), pick())
		case 4:
			n := int(r.byte() % 8)
			fmt.Fprintf(&b, "{ const a = new Array(%d);", n)
			for range int(r.byte() % 4) {
				fmt.Fprintf(&b, " a[%d] = %s;", r.byte()%10, pick())
			}
			if r.byte()%4 == 0 {
				fmt.Fprintf(&b, " a[%s] = %s;", r.plainKey(), pick())
			}
			b.WriteString(" v.push(a); }\n")
		case 5:
			fmt.Fprintf(&b, "v.push(new Map([[%s, %s], [%s, %s]]));\n", pick(), pick(), pick(), pick())
		case 6:
			fmt.Fprintf(&b, "v.push(new Set([%s, %s, %s]));\n", pick(), pick(), pick())
		case 7:
			fmt.Fprintf(&b, "v.push(new Date(%s));\n", r.number())
		case 8:
			flags := ""
			for i, f := range "gimsuy" {
				if r.byte()&(1<<i) != 0 {
					flags += string(f)
				}
			}
			fmt.Fprintf(&b, "v.push(new RegExp(%q, %q));\n", []string{"a+b", "[x-z]", "\\/", "", "(?:a|b)*"}[r.byte()%5], flags)
		case 9:
			size := int(r.byte()%16) + 8
			fmt.Fprintf(&b, "{ const buf = new ArrayBuffer(%d); new Uint8Array(buf).fill(%d); v.push(buf, new %s(buf, %d, 1), new DataView(buf, %d)); }\n",
				size, r.byte(), typedArrayNames[r.byte()%uint8(len(typedArrayNames))], 0, r.byte()%8)
		case 10:
			fmt.Fprintf(&b, "v.push(Object(%s));\n", []string{r.number(), r.str(), "true", "12n"}[r.byte()%4])
		case 11:
			fmt.Fprintf(&b, "{ const o = %s; if (typeof o === 'object' && o !== null && !ArrayBuffer.isView(o) && !(o instanceof ArrayBuffer)) { if (o instanceof Map) o.set(%s, %s); else if (o instanceof Set) o.add(%s); else if (!Array.isArray(o) && !(o instanceof Error)) o[%s] = %s; } }\n",
				pick(), pick(), pick(), pick(), r.plainKey(), pick())
		case 12:
			fmt.Fprintf(&b, "v.push(new %s(%s));\n", errorNames[r.byte()%7], r.str())
		case 13:
			b.WriteString("v.push(v);\n")
		case 14:
			fmt.Fprintf(&b, "v.push(Object.create(null, { x: { value: %s, enumerable: true } }));\n", pick())
		case 15:
			fmt.Fprintf(&b, "v.push(%s);\n", []string{"undefined", "null", "-0", "NaN", "true"}[r.byte()%5])
		}
	}
	b.WriteString("fastSlowAgree(v);\ncloneEqual(v, structuredClone(v));\n}")
	return b.String()
}

type fuzzReader struct {
	data []byte
	i, n int
}

func (r *fuzzReader) more() bool { return r.i < len(r.data) }

func (r *fuzzReader) byte() byte {
	if r.i >= len(r.data) {
		return 0
	}
	r.i++
	return r.data[r.i-1]
}

func (r *fuzzReader) number() string {
	var bits uint64
	for range 8 {
		bits = bits<<8 | uint64(r.byte())
	}
	f := math.Float64frombits(bits)
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0 && math.Signbit(f):
		return "-0"
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// str returns a string literal of UTF-16 code units, lone surrogates included.
func (r *fuzzReader) str() string {
	var b strings.Builder
	b.WriteByte('"')
	for range int(r.byte() % 6) {
		u := uint16(r.byte())<<8 | uint16(r.byte())
		fmt.Fprintf(&b, "\\u%04x", u)
	}
	b.WriteByte('"')
	return b.String()
}

// key returns a property key: an index, an index-like string or a plain name.
func (r *fuzzReader) key() string {
	switch r.byte() % 4 {
	case 0:
		return strconv.Itoa(int(r.byte()))
	case 1:
		return []string{`"01"`, `"-1"`, `"__proto__"`, `"4294967294"`, `"length"`}[r.byte()%5]
	}
	return fmt.Sprintf(`"k%d"`, r.byte()%8)
}

// plainKey is a key that can be assigned without changing a prototype or an array's length.
func (r *fuzzReader) plainKey() string {
	switch r.byte() % 3 {
	case 0:
		return strconv.Itoa(int(r.byte()))
	case 1:
		return []string{`"01"`, `"-1"`, `"name"`}[r.byte()%3]
	}
	return fmt.Sprintf(`"k%d"`, r.byte()%8)
}

func FuzzClone(f *testing.F) {
	f.Add([]byte{3, 1, 2, 3, 4})
	f.Add([]byte{4, 5, 3, 1, 0, 2, 1, 5, 0, 0, 0, 0, 11, 1, 0, 3, 1})
	f.Add([]byte{9, 12, 7, 3, 2, 9, 8, 1, 9, 4, 5, 6, 7})
	f.Add([]byte("\x05\x00\x01\x02\x03\x06\x00\x01\x02\x07\x40\x09\x21\xfb\x54\x44\x2d\x18\x08\x3f\x02"))
	f.Add([]byte{0, 0x7f, 0xf8, 0, 0, 0, 0, 0, 1, 1, 3, 0xd8, 0, 0xdc, 0, 0x20, 0x00, 2, 0xff, 3, 39, 10, 2})
	f.Add([]byte{13, 11, 0, 0, 2, 3, 12, 4, 1, 0x41, 0x42, 14, 0, 15, 2, 10, 3})
	var rt *goja.Runtime
	f.Fuzz(func(t *testing.T, data []byte) {
		if rt == nil {
			var c *Cloner
			rt, c = newTestRuntime(t, Options{})
			if _, err := rt.RunString(fuzzCheck); err != nil {
				t.Fatal(err)
			}
			rt.Set("fastSlowAgree", func(v goja.Value) {
				if d := fastSlowDiff(c, func() goja.Value { return v }); d != "" {
					panic(rt.NewGoError(errors.New(d)))
				}
			})
		}
		src := fuzzProgram(data)
		// A program that runs away is a bug too: interrupt it and show it.
		timer := time.AfterFunc(5*time.Second, func() { rt.Interrupt("timeout") })
		v, err := rt.RunString(src)
		timer.Stop()
		rt.ClearInterrupt()
		if err != nil {
			t.Fatalf("%v\nprogram:\n%s", err, src)
		}
		if v.String() != "equal" {
			t.Fatalf("got %v\nprogram:\n%s", v, src)
		}
	})
}
