package inspect

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// FuzzFormat evaluates a JavaScript expression and formats its value with
// several option sets and through FormatLog: nothing may panic, hang or
// produce invalid UTF-8. The seed corpus is testdata/fuzz/FuzzFormat plus
// every expression of the workerd-recorded table.
func FuzzFormat(f *testing.F) {
	for _, c := range loadNodeCases(f) {
		if c.Expr != "" {
			f.Add(c.Expr)
		} else {
			f.Add(c.Args)
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		rt := goja.New()
		rt.SetMaxCallStackSize(500)
		// Interrupt runaway input. Formatting runs no user code; %j is left
		// out, as JSON.stringify is goja's own and its native loops (over an
		// array of length 2^32-1, say) do not check for interrupts.
		timer := time.AfterFunc(200*time.Millisecond, func() { rt.Interrupt("timeout") })
		defer timer.Stop()
		v, err := rt.RunString("(" + src + "\n)")
		if err != nil {
			return
		}
		for _, opts := range []Options{
			{},
			{Colors: true, Depth: -1},
			{ShowHidden: true, ShowProxy: true, BreakLength: 20, MaxArrayLength: 3, MaxStringLength: 5},
			{Compact: CompactTrue, Sorted: true, NumericSeparator: true, BreakLength: 10},
			{Compact: CompactFalse, Getters: GettersAll},
		} {
			if s := Format(rt, v, opts); !utf8.ValidString(s) {
				t.Errorf("Format(%+v) produced invalid UTF-8: %q", opts, s)
			}
		}
		// %s, %d, %i and %f convert an object with user code and goja's
		// builtins (join, over an array of length 2^32-1, say), as workerd
		// does: only primitives go through them here.
		format := "%o %O %c %%"
		if _, ok := v.(*goja.Object); !ok {
			format = "%s %d %i %f " + format
		}
		args := []goja.Value{rt.ToValue(format), v, v, v, v, v, v, v, v}
		if s := FormatLog(rt, args, Options{}); !utf8.ValidString(s) {
			t.Errorf("FormatLog produced invalid UTF-8: %q", s)
		}
		if arr, ok := v.(*goja.Object); ok && arr.ExportType() != typeProxy() && arr.ClassName() == "Array" && arrayLength(arr) < 1000 {
			FormatLog(rt, elements(arr), Options{Colors: true})
		}
	})
}
