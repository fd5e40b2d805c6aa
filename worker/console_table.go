package worker

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/text/width"

	"github.com/mcrepl/mcrepl/worker/inspect"
)

// table is console.table as Node prints it (lib/internal/console and
// cli_table.js): one row per own enumerable key (or iteration index) of
// data, one column per key of the rows' objects in first-seen order, and a
// Values column for rows that are primitives. properties, when an array,
// picks and orders the columns. Data that is not an object is logged as
// console.log would.
//
// workerd sends console.table (like console.dir) only to the inspector and
// prints nothing: docs/differences.md says so.
func (c *console) table(rt *goja.Runtime, call goja.FunctionCall) string {
	data, ok := call.Argument(0).(*goja.Object)
	if !ok {
		return c.log(rt, call.Arguments)
	}
	var only []string
	if p, ok := call.Argument(1).(*goja.Object); ok && isArray(rt, p) {
		n := p.Get("length").ToInteger()
		for i := int64(0); i < n; i++ {
			only = append(only, valueAt(p, strconv.FormatInt(i, 10)).String())
		}
	}
	cell := func(v goja.Value) string {
		opts := c.w.InspectOptions()
		opts.Depth = inspect.TopLevelOnly
		if o, ok := v.(*goja.Object); ok && !isArray(rt, o) && len(o.Keys()) > 2 {
			// Node inspects such a value with depth -1: not even its top
			// level, just [Object] (or [ClassName]).
			if _, isFn := goja.AssertFunction(v); !isFn {
				name := "Object"
				if ctor, ok := o.Get("constructor").(*goja.Object); ok {
					if n := ctor.Get("name"); n != nil && n.String() != "" {
						name = n.String()
					}
				}
				return "[" + name + "]"
			}
		}
		opts.MaxArrayLength = 3
		opts.BreakLength = 1 << 30
		return inspect.Format(rt, v, opts)
	}

	indexHeader := "(index)"
	var keyHeader string
	var index []string
	var rows []goja.Value
	var keys []goja.Value // Map keys, in the Key column
	isMap, isSet := instanceOf(rt, data, "Map"), instanceOf(rt, data, "Set")
	switch {
	case isMap || isSet:
		indexHeader = "(iteration index)"
		if isMap {
			keyHeader = "Key"
		}
		// entries and next are the script's to replace: what is not a
		// function is the TypeError of calling it.
		iter, ok := goja.AssertFunction(valueAt(data, "entries"))
		if !ok {
			panic(rt.NewTypeError("data.entries is not a function"))
		}
		it, err := iter(data)
		if err != nil {
			panic(err)
		}
		next, ok := goja.AssertFunction(valueAt(it.ToObject(rt), "next"))
		if !ok {
			panic(rt.NewTypeError("iterator.next is not a function"))
		}
		for i := 0; ; i++ {
			r, err := next(it)
			if err != nil {
				panic(err)
			}
			ro := r.ToObject(rt)
			if valueAt(ro, "done").ToBoolean() {
				break
			}
			pair := valueAt(ro, "value").ToObject(rt)
			index = append(index, strconv.Itoa(i))
			if isMap {
				keys = append(keys, valueAt(pair, "0"))
			}
			rows = append(rows, valueAt(pair, "1"))
		}
	default:
		for _, k := range data.Keys() {
			index = append(index, k)
			rows = append(rows, valueAt(data, k))
		}
	}

	var columns []string
	colIndex := map[string]int{}
	addColumn := func(k string) {
		if _, ok := colIndex[k]; !ok {
			colIndex[k] = len(columns)
			columns = append(columns, k)
		}
	}
	for _, k := range only {
		addColumn(k)
	}
	cells := make([]map[string]string, len(rows))
	values := make([]string, len(rows))
	hasValues := false
	for i, v := range rows {
		o, ok := v.(*goja.Object)
		if !ok || isMap || isSet {
			values[i], hasValues = cell(v), true
			continue
		}
		if _, isFn := goja.AssertFunction(v); isFn {
			values[i], hasValues = cell(v), true
			continue
		}
		cells[i] = map[string]string{}
		for _, k := range o.Keys() {
			if only != nil {
				if _, ok := colIndex[k]; !ok {
					continue
				}
			}
			addColumn(k)
			cells[i][k] = cell(valueAt(o, k))
		}
	}

	header := []string{indexHeader}
	if keyHeader != "" {
		header = append(header, keyHeader)
	}
	header = append(header, columns...)
	if hasValues {
		header = append(header, "Values")
	}
	table := [][]string{header}
	for i := range rows {
		row := []string{index[i]}
		if keyHeader != "" {
			row = append(row, cell(keys[i]))
		}
		for _, k := range columns {
			row = append(row, cells[i][k])
		}
		if hasValues {
			row = append(row, values[i])
		}
		table = append(table, row)
	}
	return renderTable(table)
}

// renderTable draws rows (the first is the header) with Node's box
// characters, each cell left-aligned and padded to its column's width.
func renderTable(rows [][]string) string {
	widths := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], displayWidth(c))
		}
	}
	var b strings.Builder
	line := func(left, mid, right string) {
		b.WriteString(left)
		for i, w := range widths {
			if i > 0 {
				b.WriteString(mid)
			}
			b.WriteString(strings.Repeat("─", w+2))
		}
		b.WriteString(right + "\n")
	}
	row := func(r []string) {
		b.WriteString("│ ")
		for i, w := range widths {
			if i > 0 {
				b.WriteString(" │ ")
			}
			b.WriteString(r[i] + strings.Repeat(" ", w-displayWidth(r[i])))
		}
		b.WriteString(" │\n")
	}
	line("┌", "┬", "┐")
	row(rows[0])
	line("├", "┼", "┤")
	for _, r := range rows[1:] {
		row(r)
	}
	line("└", "┴", "┘")
	return strings.TrimSuffix(b.String(), "\n")
}

// displayWidth is the width of s on a terminal: East Asian wide and
// full-width characters take two columns, ANSI colour sequences none.
func displayWidth(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b { // skip ESC [ ... m
			for i < len(s) && s[i] != 'm' {
				i++
			}
			continue
		}
		if s[i] < 0x80 {
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
		i += size - 1
	}
	return n
}

// isArray is Array.isArray.
func isArray(_ *goja.Runtime, o *goja.Object) bool {
	return o.ClassName() == "Array"
}

// instanceOf reports whether o is an instance of the global class name.
func instanceOf(rt *goja.Runtime, o *goja.Object, name string) bool {
	ctor, ok := rt.GlobalObject().Get(name).(*goja.Object)
	return ok && o.Prototype() != nil && rt.InstanceOf(o, ctor)
}

// valueAt is o[key], undefined where goja's Get gives nil (no such
// property, or a hole).
func valueAt(o *goja.Object, key string) goja.Value {
	if v := o.Get(key); v != nil {
		return v
	}
	return goja.Undefined()
}
