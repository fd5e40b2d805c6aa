package clone

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

type deserializer struct {
	c    *Cloner
	m    *Message
	data []byte
	i    int // next byte
	p    int // next of m.prims
	// Blocks for the ASCII strings and boxed numbers of m, allocated at the first one: one
	// allocation each instead of one or two per value. The blocks are handed out from the
	// index after them (nstrs...), not by reslicing: a slice's pointer written to the heap
	// takes the write barrier while the collector marks, once per value.
	strs                 []string
	words                []uint64
	names                []unistring.String
	nstrs, nwords, nname int
	dict                 []unistring.String // the dictionary of keys, read at its first key
	args                 [3]goja.Value      // arguments of built-ins, which keep neither them nor the slice
	objs                 []*goja.Object     // by id
	// lengths are slots for the names of arrays' length properties, each used by one array;
	// what is left of a block serves the next deserializations too (a message of a few arrays
	// does not take a block of its own). A block stays alive while one of its arrays does.
	lengths  []unistring.String
	nlengths int
}

// corrupt reports a Message that this package did not write. It cannot happen: Messages are
// only made by Serialize.
func (d *deserializer) corrupt(what string) {
	panic("clone: corrupt message at byte " + strconv.Itoa(d.i) + ": " + what)
}

func (d *deserializer) byte() byte {
	if d.i >= len(d.data) {
		d.corrupt("truncated")
	}
	b := d.data[d.i]
	d.i++
	return b
}

func (d *deserializer) peek() byte {
	if d.i >= len(d.data) {
		d.corrupt("truncated")
	}
	return d.data[d.i]
}

func (d *deserializer) uvarint() int {
	v, n := binary.Uvarint(d.data[d.i:])
	if n <= 0 {
		d.corrupt("bad varint")
	}
	d.i += n
	return int(v)
}

func (d *deserializer) u32() int { return int(binary.LittleEndian.Uint32(d.bytes(4))) }

func (d *deserializer) float() float64 {
	return math.Float64frombits(binary.LittleEndian.Uint64(d.bytes(8)))
}

func (d *deserializer) bytes(n int) []byte {
	if n < 0 || d.i+n > len(d.data) {
		d.corrupt("truncated")
	}
	b := d.data[d.i : d.i+n]
	d.i += n
	return b
}

// word returns the next box for a number, from a block sized by the serializer's count.
func (d *deserializer) word() *uint64 {
	if d.words == nil {
		d.words = make([]uint64, d.m.words)
	}
	if d.nwords >= len(d.words) {
		return new(uint64) // the count was short, which cannot happen; stay correct anyway
	}
	p := &d.words[d.nwords]
	d.nwords++
	return p
}

// propNames returns room for n property names of an object, from a block sized by the
// serializer's count. Each object's names end its room (len = cap), so goja copies them
// before it adds a name, and two objects never share a name slot.
func (d *deserializer) propNames(n int) []unistring.String {
	if d.names == nil {
		d.names = make([]unistring.String, d.m.names)
	}
	if len(d.names)-d.nname < n {
		return make([]unistring.String, 0, n) // the count was short, which cannot happen
	}
	names := d.names[d.nname : d.nname : d.nname+n]
	d.nname += n
	return names
}

// lengthName returns a slot for the name of an array's length property (newArray), from a
// block of them: one allocation for many arrays instead of one each.
func (d *deserializer) lengthName() *unistring.String {
	if d.nlengths >= len(d.lengths) {
		d.lengths, d.nlengths = make([]unistring.String, 32), 0
	}
	p := &d.lengths[d.nlengths]
	d.nlengths++
	return p
}

// str returns b, bytes of the message's stream, as the next string of the block of string
// headers. The string's bytes are the stream's own, which is never written once made: the
// clone's strings keep the stream (about the size of the message's JSON) alive rather than a
// copy of their bytes.
func (d *deserializer) str(b []byte) *string {
	if d.strs == nil {
		d.strs = make([]string, d.m.strs)
	}
	if d.nstrs >= len(d.strs) {
		s := string(b) // the count was short, which cannot happen; stay correct anyway
		return &s
	}
	p := &d.strs[d.nstrs]
	d.nstrs++
	if len(b) > 0 {
		*p = unsafe.String(&b[0], len(b))
	}
	return p
}

// key reads a property key: shared with the source (structuredClone), numbered in the
// dictionary of keys (keys.go), or written out. Written-out keys repeat from one message to the
// next too (every message of a stream tends to have the same shape), so the Cloner keeps the
// short ones: the clone's objects share their key strings, as V8's share internalized strings.
func (d *deserializer) key() unistring.String {
	k := d.uvarint()
	switch k % 4 {
	case 1, 3:
		return d.m.keys[k/2]
	case 2:
		if k/4 >= len(d.dict) {
			d.dict = dictKeys()
			if k/4 >= len(d.dict) {
				d.corrupt("unknown key")
			}
		}
		return d.dict[k/4]
	}
	b := d.bytes(k / 4)
	// A direct-mapped cache in front of the map: the keys of a stream of messages of one
	// shape hit it, for a hash of a few bytes and one comparison.
	slot := &d.c.recentKeys[keySlot(b)]
	if string(*slot) == string(b) && len(b) > 0 {
		return *slot
	}
	if k, ok := d.c.keys[string(b)]; ok {
		*slot = k
		return k
	}
	key := unistring.String(b)
	if len(b) <= maxKeptKey && len(d.c.keys) < maxKeptKeys {
		d.c.keys[string(key)] = key
	}
	return key
}

// keySlot hashes a key for Cloner.recentKeys: its length and up to 8 of its bytes.
func keySlot(b []byte) uint8 {
	h := uint32(len(b)) * 0x9e3779b1
	for i := 0; i < len(b) && i < 8; i++ {
		h = (h ^ uint32(b[i])) * 0x01000193
	}
	if len(b) > 8 {
		h = (h ^ uint32(b[len(b)-1])) * 0x01000193
	}
	return uint8(h ^ h>>8 ^ h>>16 ^ h>>24)
}

// The key cache's bounds: what real messages use, and no more whatever a script sends.
const (
	maxKeptKey  = 64
	maxKeptKeys = 4096
)

// Properties are created as V8's deserializer creates them (CreateDataProperty): own, writable,
// enumerable and configurable, whatever setters Object.prototype may have. Defining a data
// property on a fresh extensible object cannot fail, so the errors are not checked.
func define(o *goja.Object, key string, v goja.Value) {
	_ = o.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

func defineHidden(o *goja.Object, key string, v goja.Value) {
	_ = o.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (d *deserializer) register(o *goja.Object) {
	d.objs = append(d.objs, o)
	d.c.checkInterrupt()
}

// readProps reads n keyed children into o.
func (d *deserializer) readProps(o *goja.Object, n int) {
	for range n {
		key := d.key().String()
		define(o, key, d.read())
	}
}

// readPropsFast reads n keyed children into o, a fresh ordinary object, writing goja's property
// storage directly (see internals.go): the result is the one readProps gives.
func (d *deserializer) readPropsFast(o *goja.Object, n int) {
	names := d.propNames(n)
	// The new object comes with an empty map, which holds 8 properties without growing.
	values := fast.values(implData(o))
	if n > 8 {
		values = make(map[unistring.String]goja.Value, n)
	}
	d.readKeyed(n, names, values, o)
}

// readKeyed reads n keyed children into names and values and gives them to o.
func (d *deserializer) readKeyed(n int, names []unistring.String, values map[unistring.String]goja.Value, o *goja.Object) {
	for range n {
		key := d.key()
		v := d.read()
		had := len(values)
		values[key] = v
		if len(values) > had { // a new key (keys do not repeat, but stay safe), one hash for both
			names = append(names, key)
		}
	}
	fast.setProps(o, names, values)
}

// readPrimitive reads a primitive value whose tag has been read.
func (d *deserializer) readPrimitive(t byte) goja.Value {
	rt := d.c.rt
	switch t {
	case tUndefined:
		return goja.Undefined()
	case tNull:
		return goja.Null()
	case tTrue:
		return rt.ToValue(true)
	case tFalse:
		return rt.ToValue(false)
	case tInt:
		v, n := binary.Varint(d.data[d.i:])
		if n <= 0 {
			d.corrupt("bad varint")
		}
		d.i += n
		if d.c.fast {
			if smallInt(v) {
				return fast.newInt(v)
			}
			return fast.newIntAt(v, d.word())
		}
		return rt.ToValue(v)
	case tFloat:
		f := d.float()
		if d.c.fast {
			return fast.newFloatAt(f, d.word())
		}
		return rt.ToValue(f)
	case tASCII:
		b := d.bytes(d.uvarint())
		if d.c.fast {
			return fast.newASCIIAt(d.str(b))
		}
		return rt.ToValue(string(b))
	case tUTF16:
		n := d.uvarint()
		b := d.bytes(2 * n)
		units := make([]uint16, n)
		for j := range units {
			units[j] = binary.LittleEndian.Uint16(b[2*j:])
		}
		return goja.StringFromUTF16(units)
	case tShared:
		d.p++
		return d.m.prims[d.p-1]
	case tBigInt:
		neg := d.byte() == 1
		b := new(big.Int).SetBytes(d.bytes(d.uvarint()))
		if neg {
			b.Neg(b)
		}
		return rt.ToValue(b)
	}
	d.corrupt("unknown tag " + strconv.Itoa(int(t)))
	return nil
}

func (d *deserializer) read() goja.Value {
	rt, in := d.c.rt, d.c.in
	t := d.byte()
	switch t {
	case tRef:
		return d.objs[d.uvarint()]
	case tObject:
		n := d.u32()
		if d.c.fast && n > 8 && fast.model.ok {
			// NewObject's map would be replaced by one with room for n (readPropsFast).
			o := fast.newPlain(d.c.plainModel(), n)
			d.register(o)
			d.readKeyed(n, d.propNames(n), fast.values(implData(o)), o)
			return o
		}
		o := rt.NewObject()
		d.register(o)
		if d.c.fast {
			d.readPropsFast(o, n)
		} else {
			d.readProps(o, n)
		}
		return o
	case tArray:
		flags := d.byte()
		n := d.uvarint()
		if d.c.fast {
			var o *goja.Object
			if fast.model.ok {
				o = fast.newArray(d.c.arrayModel(), d.lengthName())
			} else {
				o = rt.NewArray()
			}
			d.register(o)
			elems := make([]goja.Value, n)
			for j := range elems {
				if d.peek() == tHole {
					d.i++
					continue
				}
				elems[j] = d.read()
			}
			fast.setElements(o, elems)
			if m := d.u32(); m > 0 {
				names, values := fast.addProps(o, m)
				d.readKeyed(m, names, values, o)
			}
			return o
		}
		if flags == 0 {
			// Nothing inside refers to the array, so it can be built from its elements.
			id := len(d.objs)
			d.register(nil)
			items := make([]any, n)
			for j := range items {
				items[j] = d.read()
			}
			o := rt.NewArray(items...)
			d.objs[id] = o
			d.readProps(o, d.u32())
			return o
		}
		o := rt.NewArray()
		d.register(o)
		_ = o.Set("length", n)
		for j := range n {
			if d.peek() == tHole {
				d.i++
				continue
			}
			define(o, strconv.Itoa(j), d.read())
		}
		d.readProps(o, d.u32())
		return o
	case tSparse:
		o := rt.NewArray()
		d.register(o)
		_ = o.Set("length", d.uvarint())
		d.readProps(o, d.u32())
		return o
	case tMap, tSet:
		if t == tSet {
			in.need(watchSet)
		} else {
			in.need(watchMap)
		}
		ctor, add := in.mapCtor, in.mapSet
		if t == tSet {
			ctor, add = in.setCtor, in.setAdd
		}
		o := d.construct(ctor)
		d.register(o)
		n := d.uvarint()
		if d.c.fast && n > 8 {
			fast.presize(o, t == tSet, n)
		}
		for range n {
			// The built-ins keep neither their arguments nor the slice, so it is reused; the
			// values are read first, as reading them may use it too (a Map in a Map).
			k := d.read()
			if t == tSet {
				d.args[0] = k
				call(add, o, d.args[:1]...)
			} else {
				v := d.read()
				d.args[0], d.args[1] = k, v
				call(add, o, d.args[:2]...)
			}
		}
		return o
	case tDate:
		t := d.float()
		if d.c.fast && fast.date.ok {
			if ms, ok := dateMsec(t); ok {
				o := fast.newDate(d.c.dateModel(), ms)
				d.register(o)
				return o
			}
		}
		var tv goja.Value
		if d.c.fast {
			tv = fast.newFloatAt(t, d.word())
		} else {
			tv = rt.ToValue(t)
		}
		d.args[0] = tv
		o := d.construct(in.date, d.args[:1]...)
		d.register(o)
		return o
	case tRegExp:
		bits := d.byte()
		var flags []byte
		for i, f := range regexpFlagOrder {
			if bits&(1<<i) != 0 {
				flags = append(flags, f.flag)
			}
		}
		id := len(d.objs)
		d.register(nil)
		source := d.readPrimitive(d.byte())
		o := d.construct(in.regexp, source, rt.ToValue(string(flags)))
		d.objs[id] = o
		return o
	case tBuffer:
		o := rt.ToValue(rt.NewArrayBuffer(d.m.buffers[d.uvarint()])).(*goja.Object)
		d.register(o)
		return o
	case tView:
		id := len(d.objs)
		d.register(nil) // the view's id comes before its buffer's
		typ := d.byte()
		offset, length := d.uvarint(), d.uvarint()
		buf := d.read()
		if typ == viewDataView {
			in.need(watchDataView)
		} else {
			in.need(watchTyped + int(typ))
		}
		ctor := in.dataView
		if typ != viewDataView {
			ctor = in.typed[typ]
		}
		o := d.construct(ctor, buf, rt.ToValue(offset), rt.ToValue(length))
		d.objs[id] = o
		return o
	case tBoxed:
		id := len(d.objs)
		d.register(nil)
		o := d.readPrimitive(d.byte()).ToObject(rt)
		d.objs[id] = o
		return o
	case tError:
		e := &d.m.errs[d.uvarint()]
		o := d.c.newError(e.class, e.message)
		if e.stack != nil {
			if d.c.opts.EnhancedErrors {
				// workerd's enhanced serialization makes the stack an own enumerable
				// property of the clone (case 1002); V8's own one is hidden.
				define(o, "stack", e.stack)
			} else {
				defineHidden(o, "stack", e.stack)
			}
		}
		if e.ownName != nil {
			defineHidden(o, "name", e.ownName)
		}
		d.register(o)
		for range d.u32() {
			key := d.key().String()
			v := d.read()
			if key == "cause" || key == "errors" {
				defineHidden(o, key, v)
			} else {
				define(o, key, v)
			}
		}
		return o
	case tDOMException:
		e := &d.m.errs[d.uvarint()]
		o := d.c.hooks.NewDOMException(e.message.String(), e.class, e.stack.String())
		d.register(o)
		return o
	case tHost:
		o := d.c.hooks.DeserializeHost(d.m.hosts[d.uvarint()])
		d.register(o)
		return o
	}
	return d.readPrimitive(t)
}

func (d *deserializer) construct(ctor goja.Value, args ...goja.Value) *goja.Object {
	if d.c.fast {
		if f := ctor.(*goja.Object); fast.nativeConstruct(f) != nil {
			return fast.nativeConstruct(f)(args, f)
		}
	}
	o, err := d.c.rt.New(ctor, args...)
	if err != nil {
		panic(err)
	}
	return o
}
