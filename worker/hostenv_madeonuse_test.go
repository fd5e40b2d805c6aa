package worker

import (
	"strings"
	"testing"
)

// TestTypedArraysMadeOnFirstUse: the API packages' typed array
// constructors are made when first needed (host.Env.Made), and are the
// isolate's own, guarded ones even when a script deleted or replaced the
// globals before anything made them.
func TestTypedArraysMadeOnFirstUse(t *testing.T) {
	out, errOut, err := run(t, `
const u8 = Object.getOwnPropertyDescriptor(globalThis, "Uint8Array");
delete globalThis.Uint8Array;
globalThis.Int16Array = function Fake() {};
const bytes = new TextEncoder().encode("hé");
const C = Object.getPrototypeOf(bytes).constructor;
console.log(C.name, C === u8.value, bytes.length, bytes[2]);
try { new C(-1); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
`)
	if err != nil {
		t.Fatalf("run: %v\nstderr: %s", err, errOut)
	}
	for _, want := range []string{"Uint8Array true 3 169", "RangeError: Invalid typed array length: -1"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
