package clone

import (
	"unsafe"

	"github.com/dop251/goja"
)

// idTable maps the objects met while serializing to their ids. It is a Go map's job, but a
// clone looks up every object and reference once and adds every object once, and one probe
// that finds or adds (open addressing, linear probing, keyed by address) costs about half of a
// map lookup followed by a map assignment. goja's objects do not move, so their addresses are
// stable keys.
type idTable struct {
	slots []idSlot // a power of two in length; nil: empty
	n     int
}

type idSlot struct {
	o  *goja.Object
	id int
}

// findOrAdd returns o's id and true if o is in the table; otherwise it adds o with id next and
// returns next and false.
func (t *idTable) findOrAdd(o *goja.Object, next int) (int, bool) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := uintptr(len(t.slots) - 1)
	i := hashPointer(unsafe.Pointer(o)) & mask
	for {
		sl := &t.slots[i]
		if sl.o == o {
			return sl.id, true
		}
		if sl.o == nil {
			sl.o, sl.id = o, next
			t.n++
			return next, false
		}
		i = (i + 1) & mask
	}
}

// find returns o's id, if o is in the table.
func (t *idTable) find(o *goja.Object) (int, bool) {
	if t.n == 0 {
		return 0, false
	}
	mask := uintptr(len(t.slots) - 1)
	for i := hashPointer(unsafe.Pointer(o)) & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.o == o {
			return sl.id, true
		}
		if sl.o == nil {
			return 0, false
		}
	}
}

func hashPointer(p unsafe.Pointer) uintptr {
	// Fibonacci hashing; the low bits of an address are mostly alignment.
	return uintptr(uint64(uintptr(p)) * 0x9E3779B97F4A7C15 >> 20)
}

func (t *idTable) grow() {
	old := t.slots
	size := 2 * len(old)
	if size < 64 {
		size = 64
	}
	t.slots = make([]idSlot, size)
	t.n = 0
	for _, sl := range old {
		if sl.o != nil {
			t.findOrAdd(sl.o, sl.id)
		}
	}
}

// reset empties the table, keeping its slots unless they are far more than the last use needed.
func (t *idTable) reset() {
	if len(t.slots) > 64 && len(t.slots) > 16*t.n {
		t.slots = nil
	} else {
		clear(t.slots)
	}
	t.n = 0
}

// len is the number of objects in the table.
func (t *idTable) len() int { return t.n }
