package clone

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"math"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// A Message's data is one value in a compact byte stream, written depth first: each value is
// a tag byte and its payload, and a container's children follow it. Every object gets the next
// id, in order. Counts that are only known once the children are written are fixed-size so
// they can be patched. The stream holds no pointer, so the garbage collector never scans it,
// and a queued message costs about what its JSON would.
//
//	tUndefined tNull tTrue tFalse tHole      no payload
//	tInt       zigzag varint
//	tFloat     8 bytes, the IEEE 754 bits, little-endian (also NaN and -0)
//	tASCII     uvarint length, the bytes
//	tUTF16     uvarint count of UTF-16 code units, 2 bytes each, little-endian
//	tBigInt    sign byte (1: negative), uvarint length, the magnitude's bytes, big-endian
//	tRef       uvarint id of an object written earlier
//	tObject    u32 count n, then n keyed children
//	tArray     flags byte (arrayHoles, arrayCyclic), uvarint length, that many elements (a
//	           hole is tHole), u32 count m, then m keyed children
//	tSparse    uvarint length, u32 count m, then m keyed children, indices included
//	tMap       uvarint count n, then n key and value pairs
//	tSet       uvarint count n, then n values
//	tDate      8 bytes, the time value as for tFloat
//	tRegExp    flags byte (one bit per regexpFlagOrder entry), then the source, a string
//	tBuffer    uvarint index into Message.buffers
//	tView      type byte (a typedArrayNames index, or viewDataView), uvarint byteOffset,
//	           uvarint length, then the buffer
//	tBoxed     then the primitive value
//	tError     uvarint index into Message.errs, u32 count m, then m keyed children
//	tDOMException uvarint index into Message.errs
//	tShared    a string, number or BigInt: the next of Message.prims
//	tHost      uvarint index into Message.hosts
//
// A keyed child is its key, then its value. The key is a uvarint k: when k is odd, the key is
// Message.keys[k/2]; when k%4 is 2, it is the key numbered k/4 in the process's dictionary of
// keys (keys.go); when k%4 is 0, k/4 bytes of goja's own representation of the name follow
// (ASCII, or UTF-16 behind a marker, so that any key survives exactly).
const (
	tUndefined byte = iota
	tNull
	tTrue
	tFalse
	tHole
	tInt
	tFloat
	tASCII
	tUTF16
	tBigInt
	tRef
	tObject
	tArray
	tSparse
	tMap
	tSet
	tDate
	tRegExp
	tBuffer
	tView
	tBoxed
	tError
	tDOMException
	tShared
	tHost
)

// Flags of a tArray.
const (
	arrayHoles  = 1 << iota // an element is a hole
	arrayCyclic             // the array is referenced from inside itself
)

// viewDataView is the type byte of a tView for a DataView.
const viewDataView = uint8(len(typedArrayNames))

// errData holds what an Error or a DOMException carries besides its properties.
type errData struct {
	class   string     // constructor name: an entry of errorNames, or the DOMException's name
	message goja.Value // nil: no own message
	stack   goja.Value // nil: no stack
	ownName goja.Value // enhanced mode: a name to define on the clone, nil for none
}

// Deep values end in a RangeError, not a Go stack overflow. workerd runs out of stack after
// about 2422 nested objects or 3365 nested arrays (spec §1.14), so an object frame costs
// stackObjectCost and an array frame stackArrayCost of stackBudget, which gives 2421 objects
// or 3366 arrays. Other containers cost what an object costs.
//
// A getter that clones again (structuredClone, postMessage) nests a serialization in the one
// under way, on the same stack: the nested one starts with what the outer one left, less
// nestCost for the getter's frame and the call. workerd gives up after 341 to 343 levels of a
// getter that clones its owner (case 1001), which is an object frame and nestCost a level.
// Without the shared budget each level started afresh and the recursion ran into goja's call
// stack limit instead, thousands of levels deep, whose unwinding (a Go panic re-raised at every
// level, on a stack that is not unwound until the last one) took half a minute.
const (
	stackBudget     = 336_600
	stackObjectCost = 139
	stackArrayCost  = 100
	nestCost        = 842
)

type serializer struct {
	c        *Cloner
	ids      idTable
	buf      []byte // the stream being written, reused from one serialization to the next
	buffers  [][]byte
	errs     []errData
	hosts    []any
	budget   int
	entries  []goja.Value // Map and Set contents, collected before they are written
	collect  goja.Value   // the forEach callback that appends to entries
	arg      [1]goja.Value
	transfer map[*goja.Object][]byte
	// openArrays[id] is 1 + the position of the flags byte of the array with that id while
	// the array is being written, so that a reference back to it marks it arrayCyclic; 0
	// otherwise (and ids past its end are not open arrays).
	openArrays []int
	// openErrors holds the ids of the errors whose properties are being written (enhanced
	// mode); selfRef is set when a value refers back to one of them (see writeError).
	openErrors []int
	selfRef    bool
	// keySlots caches the index of a key in sharedKeys (sharedKey), for entries of generation
	// gen, which each serialization advances.
	keySlots [64]sharedSlot
	gen      uint32
	keys     []listed // the keys of the objects being written, innermost last
	keysHigh int      // how far keys reached: reset clears that much
	// ran counts the property reads that may have run user code (a getter), which may have
	// changed any object: a value read before is good while ran has not moved.
	ran        int
	share      bool         // see Cloner.serialize
	prims      []goja.Value // shared primitives
	sharedKeys []unistring.String
	// The sizes of the last shared message: the next one is likely alike.
	primsHint, keysHint int
	// How many ASCII strings, numbers that need a box of their own and
	// keyed children the stream holds, so that the deserializer can allocate them in blocks.
	strs, words, names int
}

func (s *serializer) reset() {
	s.ids.reset()
	if s.gen++; s.gen == 0 {
		// The generation wrapped: entries of generation 0 would look current.
		s.keySlots, s.gen = [64]sharedSlot{}, 1
	}
	clear(s.keys[:max(s.keysHigh, len(s.keys))])
	s.keys, s.keysHigh = s.keys[:0], 0
	clear(s.openArrays)
	s.openArrays = s.openArrays[:0]
	s.openErrors, s.selfRef = s.openErrors[:0], false
	clear(s.entries)
	s.entries = s.entries[:0]
	s.buf = s.buf[:0]
	if s.share {
		s.primsHint, s.keysHint = len(s.prims), len(s.sharedKeys)
	}
	s.buffers, s.errs, s.hosts, s.transfer = nil, nil, nil, nil
	s.prims, s.sharedKeys = nil, nil
	s.strs, s.words, s.names = 0, 0, 0
}

// startShared sizes the shared slices after the last shared message, or takes those that
// structuredClone handed back (Cloner.recycle).
func (s *serializer) startShared() {
	if !s.share {
		return
	}
	lent := &s.c.lent
	if lent.prims != nil {
		s.prims, lent.prims = lent.prims, nil
	} else {
		s.prims = make([]goja.Value, 0, s.primsHint)
	}
	if lent.keys != nil {
		s.sharedKeys, lent.keys = lent.keys, nil
	} else {
		s.sharedKeys = make([]unistring.String, 0, s.keysHint)
	}
}

// message copies the stream into a Message of its exact size (a shared one into the stream
// structuredClone handed back, when there is one).
func (s *serializer) message() *Message {
	var data []byte
	if lent := &s.c.lent; s.share && lent.data != nil {
		data, lent.data = append(lent.data, s.buf...), nil
	} else {
		data = bytes.Clone(s.buf)
	}
	return &Message{data: data, buffers: s.buffers, errs: s.errs, hosts: s.hosts, prims: s.prims, keys: s.sharedKeys,
		strs: s.strs, words: s.words, objects: s.ids.len(), names: s.names}
}

// listed is a key that listKeys found, with its value then.
type listed struct {
	name unistring.String
	v    goja.Value
}

// get reads o[key], which may run a getter.
func (s *serializer) get(o *goja.Object, key string) goja.Value {
	s.ran++
	return o.Get(key)
}

func (s *serializer) tag(t byte) { s.buf = append(s.buf, t) }

// The stream is written by appends to s.buf itself: the compiler then stores only the length
// unless the buffer grows, where `s.buf = f(s.buf, ...)` stores the pointer too, which takes
// the write barrier while the collector marks (several times per value).

func (s *serializer) uvarint(n int) { s.uvarint64(uint64(n)) }

// reserve32 writes a placeholder for a count that patch32 fills in later.
func (s *serializer) reserve32() int {
	at := len(s.buf)
	s.buf = append(s.buf, 0, 0, 0, 0)
	return at
}

func (s *serializer) patch32(at, n int) { binary.LittleEndian.PutUint32(s.buf[at:], uint32(n)) }

// float writes a float or a Date's time value, which are boxed one each when deserialized.
func (s *serializer) float(f float64) {
	b := math.Float64bits(f)
	s.buf = append(s.buf, byte(b), byte(b>>8), byte(b>>16), byte(b>>24), byte(b>>32), byte(b>>40), byte(b>>48), byte(b>>56))
	s.words++
}

func (s *serializer) key(k unistring.String) {
	s.names++
	if s.share {
		s.uvarint(2*s.sharedKey(k) + 1)
		return
	}
	if n := s.c.keyNumber(k); n >= 0 {
		s.uvarint(4*int(n) + 2)
		return
	}
	s.uvarint(4 * len(k))
	s.buf = append(s.buf, k...)
}

// sharedKey returns k's index in the message's shared keys, adding it the first time. The keys
// of a graph's objects are the same few strings (those of one literal or one class), so a small
// direct-mapped cache keyed by the address of the key's bytes finds most of them: a message
// holds each once rather than once per property, and its stream a one-byte index. An entry
// holds its key, so the address it compares is that of a live string; entries of earlier
// serializations are told by their generation.
func (s *serializer) sharedKey(k unistring.String) int {
	if len(k) > 0 {
		p := uintptr(unsafe.Pointer(unsafe.StringData(string(k))))
		e := &s.keySlots[uint8(p>>3^p>>11)%uint8(len(s.keySlots))]
		if e.gen == s.gen && len(e.k) == len(k) && unsafe.StringData(string(e.k)) == unsafe.StringData(string(k)) {
			return int(e.i)
		}
		*e = sharedSlot{k: k, i: int32(len(s.sharedKeys)), gen: s.gen}
	}
	s.sharedKeys = append(s.sharedKeys, k)
	return len(s.sharedKeys) - 1
}

// sharedSlot is an entry of serializer.keySlots.
type sharedSlot struct {
	k   unistring.String
	i   int32
	gen uint32
}

// newID gives o the next id.
func (s *serializer) newID(o *goja.Object) int {
	id, _ := s.ids.findOrAdd(o, s.ids.len())
	return id
}

func (s *serializer) write(v goja.Value) {
	if o, ok := v.(*goja.Object); ok {
		s.writeObject(o)
		return
	}
	s.writePrimitive(v)
}

// writePrimitive writes a value that is not an object.
func (s *serializer) writePrimitive(v goja.Value) {
	if s.share && (goja.IsString(v) || goja.IsNumber(v) || goja.IsBigInt(v)) {
		s.tag(tShared)
		s.prims = append(s.prims, v)
		return
	}
	if str, ok := fast.asciiOf(v); ok {
		s.tag(tASCII)
		s.uvarint(len(str))
		s.buf = append(s.buf, str...)
		s.strs++
		return
	}
	if i, ok := fast.intOf(v); ok {
		s.tag(tInt)
		s.varint(i)
		if !smallInt(i) {
			s.words++
		}
		return
	}
	if f, ok := fast.floatOf(v); ok {
		s.tag(tFloat)
		s.float(f)
		return
	}
	switch {
	case v == nil || goja.IsUndefined(v):
		s.tag(tUndefined)
	case goja.IsNull(v):
		s.tag(tNull)
	case goja.IsString(v):
		s.writeString(v.(goja.String))
	case goja.IsNumber(v):
		s.tag(tFloat)
		s.float(v.ToFloat())
	case goja.IsBigInt(v):
		b := v.Export().(*big.Int)
		s.tag(tBigInt)
		if b.Sign() < 0 {
			s.tag(1)
		} else {
			s.tag(0)
		}
		mag := b.Bytes()
		s.uvarint(len(mag))
		s.buf = append(s.buf, mag...)
	default:
		if sym, ok := v.(*goja.Symbol); ok {
			s.c.throwDataCloneError(symbolDescription(sym) + " could not be cloned.")
		}
		// The one primitive left is a boolean.
		if v.ToBoolean() {
			s.tag(tTrue)
		} else {
			s.tag(tFalse)
		}
	}
}

// writeString writes any goja string, code unit by code unit, so lone surrogates survive.
func (s *serializer) writeString(str goja.String) {
	n := str.Length()
	ascii := true
	for i := range n {
		if str.CharAt(i) >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		s.tag(tASCII)
		s.uvarint(n)
		s.strs++
		for i := range n {
			s.buf = append(s.buf, byte(str.CharAt(i)))
		}
		return
	}
	s.tag(tUTF16)
	s.uvarint(n)
	for i := range n {
		u := str.CharAt(i)
		s.buf = append(s.buf, byte(u), byte(u>>8))
	}
}

// writeKeyed writes a property: its key, then its value.
func (s *serializer) writeKeyed(key unistring.String, v goja.Value) {
	s.key(key)
	s.write(v)
}

func (s *serializer) enter(cost int) {
	if s.budget < cost {
		s.throwTooDeep()
	}
	s.budget -= cost
	s.c.checkInterrupt()
}

// throwTooDeep throws V8's RangeError for a value nested too deep.
func (s *serializer) throwTooDeep() {
	panic(s.c.newError("RangeError", s.c.rt.ToValue("Maximum call stack size exceeded")))
}

func (s *serializer) writeObject(o *goja.Object) {
	if id, ok := s.ids.find(o); ok {
		if id < len(s.openArrays) && s.openArrays[id] != 0 {
			s.buf[s.openArrays[id]-1] |= arrayCyclic
		}
		for _, e := range s.openErrors {
			if e == id {
				s.selfRef = true
			}
		}
		s.tag(tRef)
		s.uvarint(id)
		return
	}
	if o == s.c.hooks.Global {
		s.c.throwDataCloneError("#<ServiceWorkerGlobalScope> could not be cloned.")
	}
	k := kindOf(o)
	switch k {
	case kindProxy:
		s.c.throwDataCloneError(s.c.describeProxy(o) + " could not be cloned.")
	case kindFunction:
		s.c.throwDataCloneError(call(s.c.in.funcToString, o).String() + " could not be cloned.")
	case kindBoundFunction:
		s.c.throwDataCloneError("function () { [native code] } could not be cloned.")
	case kindRefused:
		s.c.throwDataCloneError(s.c.describe(o) + " could not be cloned.")
	case kindPlain, kindError:
		if k == kindPlain && fast.className(o) == "Arguments" {
			s.c.throwDataCloneError(s.c.describe(o) + " could not be cloned.")
		}
		if s.c.hooks.AsDOMException != nil {
			if name, message, stack, ok := s.c.hooks.AsDOMException(o); ok {
				s.newID(o)
				s.tag(tDOMException)
				s.uvarint(len(s.errs))
				s.errs = append(s.errs, errData{class: name, message: s.c.rt.ToValue(message), stack: s.c.rt.ToValue(stack)})
				return
			}
		}
		if k == kindError {
			s.writeError(o)
			return
		}
		if s.c.hooks.SerializeHost != nil {
			if v, ok := s.c.hooks.SerializeHost(o); ok {
				s.newID(o)
				s.tag(tHost)
				s.uvarint(len(s.hosts))
				s.hosts = append(s.hosts, v)
				return
			}
		}
		if s.c.hooks.HostType != nil {
			if name, ok := s.c.hooks.HostType(o); ok {
				s.c.throwDataCloneError(hostRefusal(name))
			}
		}
		s.writePlain(o)
	case kindArray:
		s.writeArray(o)
	case kindMap, kindSet:
		s.writeCollection(o, k)
	case kindDate:
		s.newID(o)
		s.tag(tDate)
		t, ok := fast.dateTime(o)
		if !ok || !s.c.fast {
			t = call(s.c.in.dateGetTime, o).ToFloat()
		}
		s.float(t)
	case kindRegExp:
		s.newID(o)
		var flags uint8
		for i, get := range s.c.in.regexpFlags {
			if call(get, o).ToBoolean() {
				flags |= 1 << i
			}
		}
		s.tag(tRegExp)
		s.tag(flags)
		s.writePrimitive(v8Source(s.c.rt, call(s.c.in.regexpSource, o)))
	case kindArrayBuffer:
		s.writeBuffer(o)
	case kindTypedArray, kindDataView:
		s.writeView(o, k)
	case kindBoxed:
		s.writeBoxed(o)
	case kindBoxedString:
		s.newID(o)
		s.tag(tBoxed)
		s.writePrimitive(call(s.c.in.stringValueOf, o))
	}
}

// writePlain writes an object's own enumerable string-keyed properties, in order. Getters run
// once each; a property that an earlier getter deleted is skipped, and one it added is not
// written, as in V8.
func (s *serializer) writePlain(o *goja.Object) {
	s.enter(stackObjectCost)
	s.newID(o)
	s.tag(tObject)
	at := s.reserve32()
	if s.c.fast && implTab(o) == fast.plainTab {
		base := implData(o)
		start, ran := s.listKeys(base, false)
		s.patch32(at, s.writeListed(o, base, start, ran))
		s.budget += stackObjectCost
		return
	}
	keys := o.Keys()
	n := 0
	for i, key := range keys {
		// Nothing has run since Keys, so the first key needs no check.
		if i == 0 {
			s.writeKeyed(unistring.NewFromString(key), s.get(o, key))
			n++
		} else if s.writeOwn(o, key) {
			n++
		}
	}
	s.patch32(at, n)
	s.budget += stackObjectCost
}

// listKeys pushes onto s.keys the own enumerable string keys of the goja baseObject at base, in
// the order of Object.keys (array indices first, ascending, then the others in insertion
// order), reading goja's property map directly, and returns where they start. For an array
// (isArray), "length" is not looked up: an array's length is never enumerable.
func (s *serializer) listKeys(base unsafe.Pointer, isArray bool) (start, ran int) {
	start = len(s.keys)
	values := fast.values(base)
	indices := 0
	for _, name := range fast.names(base) {
		if isArray && name == "length" {
			continue
		}
		v := values[name]
		if p, isProp := fast.prop(v); isProp && !p.enumerable {
			continue
		}
		if name != "" && name[0] <= '9' {
			if _, ok := arrayIndex(string(name)); ok {
				indices++
			}
		}
		s.keys = append(s.keys, listed{name, v})
	}
	s.keysHigh = max(s.keysHigh, len(s.keys))
	if indices > 0 {
		// goja keeps the names in insertion order until it lists them; list them as it would.
		keys := s.keys[start:]
		slices.SortStableFunc(keys, func(a, b listed) int {
			ia, aIndex := arrayIndex(string(a.name))
			ib, bIndex := arrayIndex(string(b.name))
			switch {
			case aIndex && bIndex:
				return cmp.Compare(ia, ib)
			case aIndex:
				return -1
			case bIndex:
				return 1
			}
			return 0
		})
	}
	return start, s.ran
}

// writeListed writes the properties whose keys listKeys pushed from start, as writePlain does
// through the public API, and pops them: each key still present is written, its getter (if any)
// run at its turn. ran is what listKeys returned: while no getter has run since, the values it
// read are still the properties' values. It returns how many properties it wrote.
func (s *serializer) writeListed(o *goja.Object, base unsafe.Pointer, start, ran int) int {
	n := 0
	// Nested objects push and pop their own keys above these, so len(s.keys) is the end here.
	for i := start; i < len(s.keys); i++ {
		name, v := s.keys[i].name, s.keys[i].v
		if s.ran != ran {
			// A getter that ran since may have deleted the property, or replaced the map.
			var ok bool
			if v, ok = fast.values(base)[name]; !ok {
				continue
			}
		}
		if p, isProp := fast.prop(v); isProp {
			if p.accessor {
				v = s.get(o, name.String())
			} else {
				v = p.value
			}
		}
		s.writeKeyed(name, v)
		n++
	}
	// The popped entries are cleared once, by reset (keysHigh).
	s.keys = s.keys[:start]
	return n
}

// writeOwn writes o[key] if key is still an own property of o.
func (s *serializer) writeOwn(o *goja.Object, key string) bool {
	if !s.hasOwn(o, key) {
		return false
	}
	s.writeKeyed(unistring.NewFromString(key), s.get(o, key))
	return true
}

// hasOwn reports whether key is still an own property of o: a getter that ran earlier may
// have deleted it. The argument slice is reused, as this runs once per property.
func (s *serializer) hasOwn(o *goja.Object, key string) bool {
	s.arg[0] = s.c.rt.ToValue(key)
	return call(s.c.in.hasOwn, o, s.arg[:]...).ToBoolean()
}

// arrayIndex reports whether key is a canonical array index (0 to 2**32-2).
func arrayIndex(key string) (int, bool) {
	if key == "" || len(key) > 10 || (key[0] == '0' && len(key) > 1) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n < math.MaxUint32
}

// writeArray writes a dense array as its elements followed by its other properties, and any
// other array as its length and all its properties, indices first; holes stay holes either way.
func (s *serializer) writeArray(o *goja.Object) {
	s.enter(stackArrayCost)
	id := s.newID(o)
	if !s.c.fast || implTab(o) != fast.arrayTab || !s.writeElements(o, id, implData(o)) {
		s.writeArraySlow(o, id)
	}
	if id < len(s.openArrays) {
		s.openArrays[id] = 0
	}
	s.budget += stackArrayCost
}

// open marks the array with that id as being written, its flags byte at flags.
func (s *serializer) open(id, flags int) {
	for len(s.openArrays) <= id {
		s.openArrays = append(s.openArrays, 0)
	}
	s.openArrays[id] = flags + 1
}

// writeElements writes a goja array without holes and without element attributes straight
// from its element slice, as writeArraySlow would, and reports whether it did. An element
// that a getter deleted since (or a shrunk array) becomes a hole, as in writeArraySlow.
func (s *serializer) writeElements(o *goja.Object, id int, arr unsafe.Pointer) bool {
	length := fast.arrayLength(arr)
	elems := fast.arrayValues(arr)
	if *(*int)(unsafe.Add(arr, fast.arPropCount)) != 0 || *(*int)(unsafe.Add(arr, fast.arObjCount)) != int(length) ||
		uint32(len(elems)) < length {
		return false
	}
	// The other properties are listed before any element is written, as Keys lists them in
	// writeArraySlow; the length is not enumerable, so it is not listed.
	start, ran := s.listKeys(arr, true)
	s.tag(tArray)
	flags := len(s.buf)
	s.tag(0)
	s.open(id, flags)
	s.uvarint(int(length))
	for i := range int(length) {
		elems = fast.arrayValues(arr) // a getter may have changed the array
		var v goja.Value
		if i < len(elems) {
			v = elems[i]
		}
		if v == nil {
			s.tag(tHole)
			s.buf[flags] |= arrayHoles
			continue
		}
		if p, isProp := fast.prop(v); isProp {
			if p.accessor {
				v = s.get(o, strconv.Itoa(i))
			} else {
				v = p.value
			}
		}
		s.write(v)
	}
	at := s.reserve32()
	s.patch32(at, s.writeListed(o, arr, start, ran))
	return true
}

// writeArraySlow writes any array through the public API.
func (s *serializer) writeArraySlow(o *goja.Object, id int) {
	length := int(s.get(o, "length").ToInteger())
	keys := o.Keys()
	indices := 0
	for _, key := range keys {
		if _, ok := arrayIndex(key); !ok {
			break
		}
		indices++
	}
	if indices == length {
		s.tag(tArray)
		flags := len(s.buf)
		s.tag(0)
		s.open(id, flags)
		s.uvarint(length)
		for i, key := range keys[:indices] {
			if i > 0 && !s.hasOwn(o, key) {
				s.tag(tHole)
				s.buf[flags] |= arrayHoles
				continue
			}
			s.write(s.get(o, key))
		}
		at := s.reserve32()
		m := 0
		for _, key := range keys[indices:] {
			if s.writeOwn(o, key) {
				m++
			}
		}
		s.patch32(at, m)
	} else {
		s.tag(tSparse)
		s.uvarint(length)
		at := s.reserve32()
		m := 0
		for _, key := range keys {
			if s.writeOwn(o, key) {
				m++
			}
		}
		s.patch32(at, m)
	}
}

// writeCollection writes a Map's entries or a Set's values. Like V8, it takes a snapshot of the
// contents first, so getters met while writing them cannot change what is written.
func (s *serializer) writeCollection(o *goja.Object, k kind) {
	s.enter(stackObjectCost)
	s.newID(o)
	start := len(s.entries)
	switch {
	case s.c.fast && implTab(o) == fast.mapTab:
		s.entries = fast.appendEntries(s.entries, o, false)
	case s.c.fast && implTab(o) == fast.setTab:
		s.entries = fast.appendEntries(s.entries, o, true)
	default:
		if s.collect == nil {
			s.collect = s.c.rt.ToValue(func(fc goja.FunctionCall) goja.Value {
				s.entries = append(s.entries, fc.Argument(1), fc.Argument(0))
				return goja.Undefined()
			})
		}
		if k == kindMap {
			s.c.in.need(watchMap)
			call(s.c.in.mapForEach, o, s.collect)
		} else {
			s.c.in.need(watchSet)
			call(s.c.in.setForEach, o, s.collect)
		}
	}
	if k == kindMap {
		s.tag(tMap)
	} else {
		s.tag(tSet)
	}
	s.uvarint((len(s.entries) - start) / 2)
	// entries holds key, value pairs (a Set's forEach passes the value twice).
	for i := start; i < len(s.entries); i += 2 {
		s.write(s.entries[i])
		if k == kindMap {
			s.write(s.entries[i+1])
		}
	}
	clear(s.entries[start:])
	s.entries = s.entries[:start]
	s.budget += stackObjectCost
}

func (s *serializer) writeBuffer(o *goja.Object) {
	ab := o.Export().(goja.ArrayBuffer)
	data, transferred := s.transfer[o]
	if ab.Detached() && !transferred {
		// A detached buffer in the transfer list clones as an empty one (workerd).
		s.c.throwDataCloneError("An ArrayBuffer is detached and could not be cloned.")
	}
	s.newID(o)
	if !transferred {
		data = bytes.Clone(ab.Bytes())
	}
	s.tag(tBuffer)
	s.uvarint(len(s.buffers))
	s.buffers = append(s.buffers, data)
}

func (s *serializer) writeView(o *goja.Object, k kind) {
	in := s.c.in
	var typ uint8
	var offset, length int
	var buf goja.Value
	if k == kindDataView {
		in.need(watchDataView)
		buf = call(in.dvBuffer, o)
		typ = viewDataView
		if !bufferDetached(buf) {
			offset = int(call(in.dvByteOffset, o).ToInteger())
			length = int(call(in.dvByteLength, o).ToInteger())
		}
	} else {
		in.needTyped()
		buf = call(in.taBuffer, o)
		typ = typedArrayIndex(call(in.taTag, o).String())
		offset = int(call(in.taByteOffset, o).ToInteger())
		length = int(call(in.taLength, o).ToInteger())
	}
	if bufferDetached(buf) {
		// Even when the buffer is in the transfer list (workerd).
		s.c.throwDataCloneError("An ArrayBuffer is detached and could not be cloned.")
	}
	s.newID(o)
	s.tag(tView)
	s.tag(typ)
	s.uvarint(offset)
	s.uvarint(length)
	s.write(buf)
}

func bufferDetached(buf goja.Value) bool {
	ab, ok := buf.Export().(goja.ArrayBuffer)
	return ok && ab.Detached()
}

func typedArrayIndex(name string) uint8 {
	for i, n := range typedArrayNames {
		if n == name {
			return uint8(i)
		}
	}
	// kindOf only reports kindTypedArray for goja's typed arrays, all of which are listed.
	panic("clone: unknown typed array " + strconv.Quote(name))
}

func (s *serializer) writeBoxed(o *goja.Object) {
	in := s.c.in
	var v goja.Value
	switch o.ClassName() {
	case "Number":
		v = call(in.numberValueOf, o)
	case "Boolean":
		v = call(in.booleanValueOf, o)
	default:
		if o.ExportType() != reflect.TypeFor[*big.Int]() {
			// A Symbol wrapper: V8 refuses it, described as [object Symbol].
			s.c.throwDataCloneError(s.c.describe(o) + " could not be cloned.")
		}
		v = call(in.bigintValueOf, o)
	}
	s.newID(o)
	s.tag(tBoxed)
	s.writePrimitive(v)
}

// hostRefusal is workerd's message for a host object that cannot be serialized.
func hostRefusal(name string) string {
	switch name {
	case "AbortSignal":
		return "AbortSignal serialization is not enabled."
	case "ReadableStream":
		return "ReadableStream can only be serialized for RPC."
	}
	return `Could not serialize object of type "` + name + `". This type does not support serialization.`
}

// varint appends i zig-zag encoded, as binary.AppendVarint does.
func (s *serializer) varint(i int64) {
	x := uint64(i) << 1
	if i < 0 {
		x = ^x
	}
	s.uvarint64(x)
}

func (s *serializer) uvarint64(x uint64) {
	for x >= 0x80 {
		s.buf = append(s.buf, byte(x)|0x80)
		x >>= 7
	}
	s.buf = append(s.buf, byte(x))
}
