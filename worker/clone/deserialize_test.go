package clone

import (
	"testing"

	"github.com/dop251/goja"
)

// TestClonedNamesAreTheirOwn checks that the objects of one clone, whose property names the
// deserializer takes from one block, each keep their own: adding, deleting and reordering
// the properties of one object (integer keys move to the front when keys are listed) leaves
// its neighbours' alone, for postMessage's messages and structuredClone's alike.
func TestClonedNamesAreTheirOwn(t *testing.T) {
	rt, c := newTestRuntime(t, Options{})
	rt.Set("post", func(v goja.Value) goja.Value {
		m, err := c.Serialize(v)
		if err != nil {
			panic(err)
		}
		out, err := c.Deserialize(m)
		if err != nil {
			panic(err)
		}
		return out
	})
	v, err := rt.RunString(`
		const check = (clone) => {
			const [a, b, c] = clone.list;
			delete a.x;
			a.w = 0;
			b[7] = 7;
			b.v = 1;
			delete c.z;
			delete c.y;
			return [a, b, c, clone.list[3], clone].map((o) => Object.keys(o).join(" ")).join(" | ");
		};
		const src = () => ({ list: [{ x: 1, y: 2, z: 3 }, { x: 1, y: 2 }, { x: 1, y: 2, z: 3 }, { q: 4 }], tail: 5 });
		[check(post(src())), check(structuredClone(src()))].join(" / ")`)
	if err != nil {
		t.Fatal(err)
	}
	want := "y z w | 7 x y v | x | q | list tail"
	if got := v.String(); got != want+" / "+want {
		t.Errorf("got  %s\nwant %s / %s", got, want, want)
	}
}
