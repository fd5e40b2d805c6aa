package builtins

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// NameFunctions renames the functions o[names...] that carry a Go name
// (goja names a Go func by its Go identifier,
// "github.com/mcrepl/mcrepl/worker.(*Worker)..."): each gets its
// property's name, so that setTimeout.name is "setTimeout" and
// String(setTimeout) is "function setTimeout() { [native code] }". With
// anonymous, they get the empty name instead (workerd's console methods
// are nameless: String(console.log) is "function () { [native code] }").
// names nil means every own property of o; give the names when o has
// lazy accessors or goja's builtins, which reading would build. A name that
// is not an own data property of o (a lazy accessor, which another package
// installed in its place and names itself) is left alone, unread.
func NameFunctions(rt *goja.Runtime, o *goja.Object, names []string, anonymous bool) {
	if names == nil {
		names = o.GetOwnPropertyNames()
	}
	for _, k := range names {
		if p, ok := gojaprops.Own(o, unistring.NewFromString(k)); ok && (!p.Found || p.Accessor) {
			continue
		}
		f, ok := o.Get(k).(*goja.Object)
		if !ok {
			continue
		}
		if _, isFn := goja.AssertFunction(f); !isFn {
			continue
		}
		if n := f.Get("name"); n != nil && !GoName(n.String()) {
			continue
		}
		name := k
		if anonymous {
			name = ""
		}
		Named(rt, f, name, int(getv(f, "length").ToInteger()))
	}
}

// GoName reports whether a function name is a Go identifier that goja gave
// a Go func, not a JavaScript name.
func GoName(name string) bool {
	return strings.Contains(name, "github.com/") || strings.Contains(name, ".func") || strings.Contains(name, "(*")
}
