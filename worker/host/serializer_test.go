package host

import (
	"testing"

	"github.com/dop251/goja"
)

type (
	armKey   struct{}
	otherKey struct{}
)

// asked counts the calls of the test's serializers, by name.
var asked = map[string]int{}

func init() {
	for _, s := range []struct {
		name string
		key  any
	}{{"keyed", armKey{}}, {"unkeyed", nil}} {
		RegisterSerializer(Serializer{
			Serialize:   func(*Env, *goja.Object) (any, bool) { asked[s.name]++; return nil, false },
			Deserialize: func(*Env, any) *goja.Object { return nil },
			Key:         s.key,
		})
	}
}

// TestSerializerKey: SerializeHost asks a serializer with a Key nothing
// until the State under that Key is built (another key's State does not
// arm it), and from then on about every object; one without a Key always.
func TestSerializerKey(t *testing.T) {
	clear(asked)
	env := &Env{}
	o := goja.New().NewObject()
	env.SerializeHost(o)
	State(env, otherKey{}, func() int { return 1 })
	env.SerializeHost(o)
	if asked["keyed"] != 0 || asked["unkeyed"] != 2 {
		t.Fatalf("before its State: asked %v, want keyed 0 and unkeyed 2", asked)
	}
	State(env, armKey{}, func() int { return 1 })
	env.SerializeHost(o)
	env.SerializeHost(o)
	if asked["keyed"] != 2 || asked["unkeyed"] != 4 {
		t.Errorf("after its State: asked %v, want keyed 2 and unkeyed 4", asked)
	}
	if other := (&Env{}); other.armed != 0 {
		t.Errorf("a new Env is armed: %b", other.armed)
	}
}
