package clone

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/dop251/goja/unistring"
)

// Property keys of messages that are not deserialized at once (postMessage) go through a
// dictionary that every Cloner of the process shares: the stream holds a key's number in the
// dictionary rather than its bytes, so the deserializer finds the key by indexing, without
// hashing or comparing its bytes, and the clones share the dictionary's strings as V8's
// share internalized strings. A message may be deserialized by another isolate on another
// goroutine, which the one dictionary serves too.
//
// The dictionary only grows, up to maxDictKeys keys of up to maxDictKey bytes: what real
// messages use, and no more whatever a script sends. A key it has no room for is written out
// in the stream as before.
//
// A serializer finds a key's number through a small direct-mapped cache on its Cloner, keyed
// by the address of the key's bytes (the keys of the objects of one literal or one class are
// the same strings from one message to the next), in front of the dictionary's map, which
// needs the lock.
var dict struct {
	mu    sync.Mutex
	index map[unistring.String]int32
	// keys is the list by number; what a serializer has written is in it before the
	// message exists. Slots past the published length are written only under mu and read
	// by nobody, so appending in place does not disturb readers of an older list.
	keys atomic.Pointer[[]unistring.String]
}

const (
	maxDictKey  = 64
	maxDictKeys = 4096
)

// dictKeys returns the dictionary's keys by number.
func dictKeys() []unistring.String {
	if p := dict.keys.Load(); p != nil {
		return *p
	}
	return nil
}

// dictNumber returns k's number in the dictionary, adding k if there is room, or -1.
func dictNumber(k unistring.String) int32 {
	dict.mu.Lock()
	defer dict.mu.Unlock()
	if n, ok := dict.index[k]; ok {
		return n
	}
	if len(k) > maxDictKey || len(dict.index) >= maxDictKeys {
		return -1
	}
	if dict.index == nil {
		dict.index = make(map[unistring.String]int32)
	}
	keys := append(dictKeys(), k)
	n := int32(len(keys) - 1)
	dict.index[k] = n
	dict.keys.Store(&keys)
	return n
}

// dictRef is an entry of Cloner.recentDict: a key and its number (-1: not in the dictionary).
type dictRef struct {
	k unistring.String
	n int32
}

// keyNumber returns k's number in the dictionary, or -1. The cache entry holds k itself, so the
// address it compares is that of a live string, never of one collected and reused.
func (c *Cloner) keyNumber(k unistring.String) int32 {
	if len(k) == 0 {
		return -1
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(string(k))))
	r := &c.recentDict[uint8(p>>3^p>>11)]
	if len(r.k) == len(k) && unsafe.StringData(string(r.k)) == unsafe.StringData(string(k)) {
		return r.n
	}
	n := dictNumber(k)
	r.k, r.n = k, n
	return n
}
