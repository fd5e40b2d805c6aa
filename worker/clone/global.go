package clone

import (
	"strconv"

	"github.com/dop251/goja"
)

// illegalInvocation is workerd's message for a global function called on another receiver
// (events.IllegalInvocation, which this package does not import).
const illegalInvocation = "Illegal invocation: function called with incorrect `this` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details."

// Install defines the global structuredClone(value, options) on global (mcrepl passes the
// ServiceWorkerGlobalScope prototype, where workerd has it), with workerd's
// argument checks. Unlike postMessage, it transfers ArrayBuffers listed in options.transfer:
// they are detached once the clone has succeeded, and the clone takes their contents.
func (c *Cloner) Install(global *goja.Object) {
	f := c.rt.ToValue(c.structuredClone).(*goja.Object)
	_ = f.DefineDataProperty("name", c.rt.ToValue("structuredClone"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("length", c.rt.ToValue(0), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = global.DefineDataProperty("structuredClone", f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

func (c *Cloner) structuredClone(fc goja.FunctionCall) goja.Value {
	if t, ok := fc.This.(*goja.Object); ok && t != c.rt.GlobalObject() || fc.This != nil && !ok && !goja.IsUndefined(fc.This) && !goja.IsNull(fc.This) {
		panic(c.rt.NewTypeError("%s", illegalInvocation)) // a receiver other than the global object
	}
	if len(fc.Arguments) == 0 {
		panic(c.rt.NewTypeError("Failed to execute 'structuredClone' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'Value'."))
	}
	c.ready()
	transfer := c.transferList(fc.Argument(1))
	m, err := c.serialize(fc.Arguments[0], transfer, true)
	if err != nil {
		panic(err)
	}
	for o, data := range transfer {
		// A getter may have transferred the buffer elsewhere meanwhile; its contents must not
		// end up in two places. A buffer that was detached when listed stays so.
		if !o.Export().(goja.ArrayBuffer).Detach() && data != nil {
			c.throwDataCloneError("An ArrayBuffer is detached and could not be cloned.")
		}
	}
	v, err := c.Deserialize(m)
	c.recycle(m)
	if err != nil {
		panic(err)
	}
	return v
}

// recycle keeps the stream and the shared slices of m, a shared Message that was deserialized
// and is dropped, for the next structuredClone (Cloner.lent): a clone of a large graph
// otherwise allocates them anew, about a tenth of what it allocates. The slices are emptied so
// that they keep nothing of the source alive. The stream is kept only when no string of the
// clone uses its bytes (m.strs: in a shared Message strings are shared, so none does).
func (c *Cloner) recycle(m *Message) {
	clear(m.prims)
	clear(m.keys)
	c.lent.prims, c.lent.keys = m.prims[:0:cap(m.prims)], m.keys[:0:cap(m.keys)]
	if m.strs == 0 {
		c.lent.data = m.data[:0]
	}
	m.data, m.prims, m.keys = nil, nil, nil
}

// transferList reads options.transfer and returns the listed ArrayBuffers, each with its
// contents, which the clone takes over without a copy. As in workerd, a typed array or a
// DataView in the list stands for its buffer, a buffer may be listed twice, and a detached
// buffer is accepted (its contents are nil: it clones as an empty buffer). A primitive in the
// list is a TypeError, any other object a DataCloneError.
func (c *Cloner) transferList(options goja.Value) map[*goja.Object][]byte {
	if goja.IsUndefined(options) || goja.IsNull(options) {
		return nil
	}
	o, ok := options.(*goja.Object)
	if !ok {
		panic(c.rt.NewTypeError("Failed to execute 'structuredClone' on 'ServiceWorkerGlobalScope': parameter 2 is not of type 'StructuredCloneOptions'."))
	}
	list := o.Get("transfer")
	if list == nil || goja.IsUndefined(list) {
		return nil
	}
	lo, ok := list.(*goja.Object)
	if !ok || kindOf(lo) != kindArray {
		panic(c.rt.NewTypeError("Incorrect type for the 'transfer' field on 'StructuredCloneOptions': the provided value is not of type 'Array'."))
	}
	n := int(lo.Get("length").ToInteger())
	if n == 0 {
		return nil
	}
	transfer := make(map[*goja.Object][]byte, n)
	for i := range n {
		b, ok := lo.Get(strconv.Itoa(i)).(*goja.Object)
		if ok {
			switch kindOf(b) {
			case kindTypedArray:
				c.in.needTyped()
				b, _ = call(c.in.taBuffer, b).(*goja.Object)
			case kindDataView:
				c.in.need(watchDataView)
				b, _ = call(c.in.dvBuffer, b).(*goja.Object)
			}
		}
		if !ok {
			panic(c.rt.NewTypeError("Object is not transferable"))
		}
		if b == nil || kindOf(b) != kindArrayBuffer {
			// An object that is no buffer: a DataCloneError since workerd
			// 2026-11-23 (a primitive is still a TypeError).
			panic(c.hooks.NewDataCloneError("Object is not transferable."))
		}
		if _, dup := transfer[b]; dup {
			continue
		}
		ab := b.Export().(goja.ArrayBuffer)
		if ab.Detached() {
			transfer[b] = nil
			continue
		}
		transfer[b] = ab.Bytes()
	}
	return transfer
}
