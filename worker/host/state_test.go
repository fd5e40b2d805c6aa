package host

import (
	"fmt"
	"testing"
)

type (
	keyA struct{}
	keyB struct{}
	keyC struct{}
	keyD struct{}
)

// TestStateCache: State's cache in front of its map gives every key its own value, built
// once, whatever the keys (empty structs, values of one type, pointers, more keys than the
// cache has slots) and in whatever order they are asked.
func TestStateCache(t *testing.T) {
	env := &Env{}
	builds := map[string]int{}
	get := func(key any, name string) string {
		return *State(env, key, func() *string {
			builds[name]++
			s := name
			return &s
		})
	}
	type named struct {
		key  any
		name string
	}
	var keys []named
	for _, k := range []any{keyA{}, keyB{}, keyC{}, keyD{}} {
		keys = append(keys, named{k, fmt.Sprintf("%T", k)})
	}
	for i := range 40 {
		keys = append(keys, named{fmt.Sprint("s", i), fmt.Sprint("string s", i)})
		keys = append(keys, named{i, fmt.Sprint("int ", i)})
	}
	p1, p2 := new(int), new(int)
	keys = append(keys, named{p1, "pointer 1"}, named{p2, "pointer 2"})
	for round := range 5 {
		for i := range keys {
			// A different order each round, and every key twice in a row now and then.
			k := keys[(i*(2*round+1))%len(keys)]
			for range 1 + i%2 {
				if got := get(k.key, k.name); got != k.name {
					t.Fatalf("round %d: State(%v) = %q, want %q", round, k.key, got, k.name)
				}
			}
		}
	}
	for _, k := range keys {
		if builds[k.name] != 1 {
			t.Errorf("%s built %d times, want once", k.name, builds[k.name])
		}
	}
	// A build that asks for other keys fills the cache meanwhile.
	outer := State(env, "outer", func() *string {
		for _, k := range keys[:8] {
			get(k.key, k.name)
		}
		s := "outer"
		return &s
	})
	if *outer != "outer" || *State(env, "outer", func() *string { panic("built twice") }) != "outer" {
		t.Fatal("nested State")
	}
	for _, k := range keys[:8] {
		if got := get(k.key, k.name); got != k.name {
			t.Fatalf("after a nested build: State(%v) = %q, want %q", k.key, got, k.name)
		}
	}
}
