package clone

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestKeyDictionaryAcrossIsolates posts objects from one isolate to another, on another
// goroutine, as postMessage between workers would: keys the dictionary has (numbered in the
// stream), keys added while the other side reads, keys past its bounds (written out), a long
// key and keys outside ASCII. Run with -race, it also checks that reading the dictionary does
// not race with adding to it.
func TestKeyDictionaryAcrossIsolates(t *testing.T) {
	const n = maxDictKeys + 500 // past the dictionary's room, whatever other tests put in it
	src, dst := goja.New(), goja.New()
	cs, cd := New(src, Hooks{}, Options{}), New(dst, Hooks{}, Options{})
	type post struct {
		m    *Message
		want string
	}
	posts := make(chan post, 16)
	go func() {
		defer close(posts)
		for i := 0; i < n; i += 50 {
			// Each object has fifty fresh keys and the same few others.
			js := "({"
			for j := i; j < i+50; j++ {
				js += "k" + strconv.Itoa(j) + ": " + strconv.Itoa(j) + ", "
			}
			js += `"` + strings.Repeat("long", 20) + `": 1, "\u00e9t\u00e9": 2, "\ud800": 3, "": 4, id: ` + strconv.Itoa(i) + "})"
			v, err := src.RunString(js)
			if err != nil {
				t.Error(err)
				return
			}
			want, _ := src.RunString("(o => JSON.stringify(Object.entries(o)))")
			f, _ := goja.AssertFunction(want)
			w, _ := f(nil, v)
			m, err := cs.Serialize(v)
			if err != nil {
				t.Error(err)
				return
			}
			posts <- post{m, w.String()}
		}
	}()
	show, err := dst.RunString("(o => JSON.stringify(Object.entries(o)))")
	if err != nil {
		t.Fatal(err)
	}
	f, _ := goja.AssertFunction(show)
	got := 0
	for p := range posts {
		v, err := cd.Deserialize(p.m)
		if err != nil {
			t.Fatal(err)
		}
		s, _ := f(nil, v)
		if s.String() != p.want {
			t.Fatalf("clone %s\nwant  %s", s, p.want)
		}
		got++
	}
	if got != (n+49)/50 {
		t.Fatalf("%d messages, want %d", got, (n+49)/50)
	}
	if len(dictKeys()) > maxDictKeys {
		t.Errorf("the dictionary holds %d keys, more than its %d", len(dictKeys()), maxDictKeys)
	}
}
