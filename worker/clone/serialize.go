package clone

import (
	"bytes"
	"math"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// op says what a node is. The children of a container node follow it directly.
type op uint8

const (
	opPrim         op = iota // v is a primitive: undefined, null, boolean, number, string or BigInt
	opRef                    // n is the id of an object that appeared earlier in the message
	opHole                   // a missing element of a dense array
	opObject                 // n keyed children
	opArray                  // n elements, then m keyed children; sub holds arrayHoles and arrayCyclic
	opSparse                 // n is the length; m keyed children, indices included
	opMap                    // n entries, each a key child and a value child
	opSet                    // n children
	opDate                   // v is the time value
	opRegExp                 // v is the source; sub holds the flags, one bit per regexpFlagOrder entry
	opBuffer                 // n indexes Message.buffers
	opView                   // sub indexes typedArrayNames, or is viewDataView; n is byteOffset, m the length; one child, the buffer
	opBoxed                  // v is the primitive value of a Number, Boolean, BigInt or String wrapper
	opError                  // n indexes Message.errs; m keyed children
	opDOMException           // n indexes Message.errs
)

// Flags in the sub of an opArray node.
const (
	arrayHoles  = 1 << iota // an element is a hole
	arrayCyclic             // the array is referenced from inside itself
)

// viewDataView is the sub of an opView node for a DataView.
const viewDataView = uint8(len(typedArrayNames))

// node is one value of a Message. Every object node gets the next id, in order.
type node struct {
	op  op
	sub uint8
	n   int
	m   int
	v   goja.Value // a primitive, never an object
	key string     // the property name, for a keyed child
}

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
const (
	stackBudget     = 336_600
	stackObjectCost = 139
	stackArrayCost  = 100
)

type serializer struct {
	c        *Cloner
	ids      map[*goja.Object]int
	nodes    []node
	buffers  [][]byte
	errs     []errData
	budget   int
	entries  []goja.Value // Map and Set contents, collected before they are written
	collect  goja.Value   // the forEach callback that appends to entries
	arg      [1]goja.Value
	transfer map[*goja.Object][]byte
	// openArrays maps the id of each array being written to its node, so that a reference
	// back to it marks it arrayCyclic. The others can be built in one go when deserialized.
	openArrays map[int]int
	sizeHint   int                // the length of the last message
	keys       []unistring.String // the keys of the objects being written, innermost last
}

func (s *serializer) reset() {
	clear(s.ids)
	clear(s.openArrays)
	clear(s.entries)
	s.entries = s.entries[:0]
	s.nodes, s.buffers, s.errs, s.transfer = make([]node, 0, s.sizeHint), nil, nil, nil
}

// message hands the nodes over to a Message, unless they use much less than their capacity,
// and sizes the next serialization's slice after this one.
func (s *serializer) message() *Message {
	nodes := s.nodes
	if cap(nodes) > 2*len(nodes)+16 {
		nodes = slices.Clone(nodes)
	}
	s.sizeHint = len(nodes)
	return &Message{nodes: nodes, buffers: s.buffers, errs: s.errs}
}

func (s *serializer) write(v goja.Value) {
	switch v := v.(type) {
	case *goja.Object:
		s.writeObject(v)
	case *goja.Symbol:
		s.c.throwDataCloneError(symbolDescription(v) + " could not be cloned.")
	case nil:
		s.nodes = append(s.nodes, node{op: opPrim, v: goja.Undefined()})
	default:
		s.nodes = append(s.nodes, node{op: opPrim, v: v})
	}
}

// writeKeyed writes a property value and labels it with its key.
func (s *serializer) writeKeyed(key string, v goja.Value) {
	at := len(s.nodes)
	s.write(v)
	s.nodes[at].key = key
}

func (s *serializer) enter(cost int) {
	if s.budget < cost {
		panic(s.c.newError("RangeError", s.c.rt.ToValue("Maximum call stack size exceeded")))
	}
	s.budget -= cost
}

func (s *serializer) writeObject(o *goja.Object) {
	if id, ok := s.ids[o]; ok {
		if at, open := s.openArrays[id]; open {
			s.nodes[at].sub |= arrayCyclic
		}
		s.nodes = append(s.nodes, node{op: opRef, n: id})
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
		if k == kindPlain && o.ClassName() == "Arguments" {
			s.c.throwDataCloneError(s.c.describe(o) + " could not be cloned.")
		}
		if s.c.hooks.AsDOMException != nil {
			if name, message, stack, ok := s.c.hooks.AsDOMException(o); ok {
				s.ids[o] = len(s.ids)
				s.nodes = append(s.nodes, node{op: opDOMException, n: len(s.errs)})
				s.errs = append(s.errs, errData{class: name, message: s.c.rt.ToValue(message), stack: s.c.rt.ToValue(stack)})
				return
			}
		}
		if k == kindError {
			s.writeError(o)
			return
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
		s.ids[o] = len(s.ids)
		s.nodes = append(s.nodes, node{op: opDate, v: call(s.c.in.dateGetTime, o)})
	case kindRegExp:
		s.ids[o] = len(s.ids)
		var flags uint8
		for i, get := range s.c.in.regexpFlags {
			if call(get, o).ToBoolean() {
				flags |= 1 << i
			}
		}
		s.nodes = append(s.nodes, node{op: opRegExp, v: call(s.c.in.regexpSource, o), sub: flags})
	case kindArrayBuffer:
		s.writeBuffer(o)
	case kindTypedArray, kindDataView:
		s.writeView(o, k)
	case kindBoxed:
		s.writeBoxed(o)
	case kindBoxedString:
		s.ids[o] = len(s.ids)
		s.nodes = append(s.nodes, node{op: opBoxed, v: call(s.c.in.stringValueOf, o)})
	}
}

// writePlain writes an object's own enumerable string-keyed properties, in order. Getters run
// once each; a property that an earlier getter deleted is skipped, and one it added is not
// written, as in V8.
func (s *serializer) writePlain(o *goja.Object) {
	s.enter(stackObjectCost)
	s.ids[o] = len(s.ids)
	at := len(s.nodes)
	s.nodes = append(s.nodes, node{op: opObject})
	if s.c.fast && implTab(o) == fast.plainTab {
		if n, ok := s.writeProps(o, implData(o)); ok {
			s.nodes[at].n = n
			s.budget += stackObjectCost
			return
		}
	}
	keys := o.Keys()
	n := 0
	for i, key := range keys {
		// Nothing has run since Keys, so the first key needs no check.
		if i == 0 {
			s.writeKeyed(key, o.Get(key))
			n++
		} else if s.writeOwn(o, key) {
			n++
		}
	}
	s.nodes[at].n = n
	s.budget += stackObjectCost
}

// writeProps writes the own enumerable string-keyed properties of o, whose goja baseObject is
// at base, straight from goja's property map, as writePlain does through the public API: the
// keys are listed first, then each one still present is written, its getter (if any) run at its
// turn. It declines (false, having written nothing) an object with a key that may be an
// integer index, which goja keeps in insertion order until the keys are listed.
func (s *serializer) writeProps(o *goja.Object, base unsafe.Pointer) (int, bool) {
	start := len(s.keys)
	values := fast.values(base)
	for _, name := range fast.names(base) {
		if name != "" && name[0] >= '0' && name[0] <= '9' {
			s.keys = s.keys[:start]
			return 0, false
		}
		if p, isProp := fast.prop(values[name]); isProp && !p.enumerable {
			continue
		}
		s.keys = append(s.keys, name)
	}
	n := 0
	for i := start; i < len(s.keys); i++ {
		name := s.keys[i]
		// A getter that ran since may have deleted the property, or replaced the map.
		v, ok := fast.values(base)[name]
		if !ok {
			continue
		}
		if p, isProp := fast.prop(v); isProp {
			if p.accessor {
				v = o.Get(name.String())
			} else {
				v = p.value
			}
		}
		s.writeKeyed(name.String(), v)
		n++
	}
	clear(s.keys[start:])
	s.keys = s.keys[:start]
	return n, true
}

// writeOwn writes o[key] if key is still an own property of o.
func (s *serializer) writeOwn(o *goja.Object, key string) bool {
	if !s.hasOwn(o, key) {
		return false
	}
	s.writeKeyed(key, o.Get(key))
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
	id := len(s.ids)
	s.ids[o] = id
	s.openArrays[id] = len(s.nodes)
	if !s.c.fast || implTab(o) != fast.arrayTab || !s.writeElements(o, implData(o)) {
		s.writeArraySlow(o)
	}
	delete(s.openArrays, id)
	s.budget += stackArrayCost
}

// writeElements writes a goja array without holes and without element attributes straight
// from its element slice, as writeArraySlow would, and reports whether it did. An element
// that a getter deleted since (or a shrunk array) becomes a hole, as in writeArraySlow.
func (s *serializer) writeElements(o *goja.Object, arr unsafe.Pointer) bool {
	length := fast.arrayLength(arr)
	elems := fast.arrayValues(arr)
	if *(*int)(unsafe.Add(arr, fast.arPropCount)) != 0 || *(*int)(unsafe.Add(arr, fast.arObjCount)) != int(length) ||
		uint32(len(elems)) < length {
		return false
	}
	for _, name := range fast.names(arr) {
		if name != "length" {
			return false // other properties: the slow path lists them
		}
	}
	at := len(s.nodes)
	s.nodes = append(s.nodes, node{op: opArray, n: int(length)})
	for i := range int(length) {
		elems = fast.arrayValues(arr) // a getter may have changed the array
		var v goja.Value
		if i < len(elems) {
			v = elems[i]
		}
		if v == nil {
			s.nodes = append(s.nodes, node{op: opHole})
			s.nodes[at].sub |= arrayHoles
			continue
		}
		if p, isProp := fast.prop(v); isProp {
			if p.accessor {
				v = o.Get(strconv.Itoa(i))
			} else {
				v = p.value
			}
		}
		s.write(v)
	}
	// A getter may have added properties; like the slow path, which listed the keys before
	// writing, they are not written.
	return true
}

// writeArraySlow writes any array through the public API.
func (s *serializer) writeArraySlow(o *goja.Object) {
	length := int(o.Get("length").ToInteger())
	keys := o.Keys()
	indices := 0
	for _, key := range keys {
		if _, ok := arrayIndex(key); !ok {
			break
		}
		indices++
	}
	at := len(s.nodes)
	if indices == length {
		s.nodes = append(s.nodes, node{op: opArray, n: length})
		for i, key := range keys[:indices] {
			if i > 0 && !s.hasOwn(o, key) {
				s.nodes = append(s.nodes, node{op: opHole})
				s.nodes[at].sub |= arrayHoles
				continue
			}
			s.write(o.Get(key))
		}
		m := 0
		for _, key := range keys[indices:] {
			if s.writeOwn(o, key) {
				m++
			}
		}
		s.nodes[at].m = m
	} else {
		s.nodes = append(s.nodes, node{op: opSparse, n: length})
		m := 0
		for _, key := range keys {
			if s.writeOwn(o, key) {
				m++
			}
		}
		s.nodes[at].m = m
	}
}

// writeCollection writes a Map's entries or a Set's values. Like V8, it takes a snapshot of the
// contents first, so getters met while writing them cannot change what is written.
func (s *serializer) writeCollection(o *goja.Object, k kind) {
	s.enter(stackObjectCost)
	s.ids[o] = len(s.ids)
	if s.collect == nil {
		s.collect = s.c.rt.ToValue(func(fc goja.FunctionCall) goja.Value {
			s.entries = append(s.entries, fc.Argument(1), fc.Argument(0))
			return goja.Undefined()
		})
	}
	start := len(s.entries)
	nd := node{op: opMap}
	if k == kindSet {
		nd.op = opSet
	}
	switch {
	case s.c.fast && implTab(o) == fast.mapTab:
		s.entries = fast.appendEntries(s.entries, o, false)
	case s.c.fast && implTab(o) == fast.setTab:
		s.entries = fast.appendEntries(s.entries, o, true)
	case k == kindMap:
		call(s.c.in.mapForEach, o, s.collect)
	default:
		call(s.c.in.setForEach, o, s.collect)
	}
	nd.n = (len(s.entries) - start) / 2
	s.nodes = append(s.nodes, nd)
	// entries holds key, value pairs (a Set's forEach passes the value twice).
	for i := start; i < len(s.entries); i += 2 {
		s.write(s.entries[i])
		if nd.op == opMap {
			s.write(s.entries[i+1])
		}
	}
	clear(s.entries[start:])
	s.entries = s.entries[:start]
	s.budget += stackObjectCost
}

func (s *serializer) writeBuffer(o *goja.Object) {
	ab := o.Export().(goja.ArrayBuffer)
	if ab.Detached() {
		s.c.throwDataCloneError("An ArrayBuffer is detached and could not be cloned.")
	}
	s.ids[o] = len(s.ids)
	data, transferred := s.transfer[o]
	if !transferred {
		data = bytes.Clone(ab.Bytes())
	}
	s.nodes = append(s.nodes, node{op: opBuffer, n: len(s.buffers)})
	s.buffers = append(s.buffers, data)
}

func (s *serializer) writeView(o *goja.Object, k kind) {
	in := s.c.in
	var nd node
	var buf goja.Value
	if k == kindDataView {
		buf = call(in.dvBuffer, o)
		nd = node{op: opView, sub: viewDataView}
		if !bufferDetached(buf) {
			nd.n = int(call(in.dvByteOffset, o).ToInteger())
			nd.m = int(call(in.dvByteLength, o).ToInteger())
		}
	} else {
		buf = call(in.taBuffer, o)
		nd = node{op: opView, sub: typedArrayIndex(call(in.taTag, o).String())}
		nd.n = int(call(in.taByteOffset, o).ToInteger())
		nd.m = int(call(in.taLength, o).ToInteger())
	}
	s.ids[o] = len(s.ids)
	s.nodes = append(s.nodes, nd)
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
	s.ids[o] = len(s.ids)
	s.nodes = append(s.nodes, node{op: opBoxed, v: v})
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
