package clone

import (
	"strings"

	"github.com/dop251/goja"
)

// v8Source turns goja's escape of a "/" in a RegExp's source, \u002f, into
// V8's \/, so that the clone's source reads as in workerd (new RegExp("/")
// clones with the source "\/"). Both escapes match a "/", so the clone
// matches what the original matches; only a \u002f written as such in the
// pattern also becomes \/. Other escapes are left as they are.
func v8Source(rt *goja.Runtime, v goja.Value) goja.Value {
	src := v.String()
	if !strings.Contains(src, `\u002f`) {
		return v
	}
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		if src[i] != '\\' || i+1 >= len(src) {
			b.WriteByte(src[i])
			continue
		}
		if strings.HasPrefix(src[i:], `\u002f`) {
			b.WriteString(`\/`)
			i += len(`\u002f`) - 1
			continue
		}
		b.WriteString(src[i : i+2])
		i++
	}
	return rt.ToValue(b.String())
}
