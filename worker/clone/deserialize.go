package clone

import (
	"strconv"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

type deserializer struct {
	c    *Cloner
	m    *Message
	i    int            // next node
	objs []*goja.Object // by id
}

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
}

// readProps reads n keyed children into o.
func (d *deserializer) readProps(o *goja.Object, n int) {
	for range n {
		key := d.m.nodes[d.i].key
		define(o, key, d.read())
	}
}

// readPropsFast reads n keyed children into o, a fresh ordinary object, writing goja's property
// storage directly (see internals.go): the result is the one readProps gives.
func (d *deserializer) readPropsFast(o *goja.Object, n int) {
	names := make([]unistring.String, 0, n)
	values := make(map[unistring.String]goja.Value, n)
	for range n {
		key := unistring.NewFromString(d.m.nodes[d.i].key)
		v := d.read()
		if _, dup := values[key]; !dup {
			names = append(names, key)
		}
		values[key] = v
	}
	fast.setProps(o, names, values)
}

func (d *deserializer) read() goja.Value {
	rt, in := d.c.rt, d.c.in
	nd := &d.m.nodes[d.i]
	d.i++
	switch nd.op {
	case opPrim:
		return nd.v
	case opRef:
		return d.objs[nd.n]
	case opObject:
		o := rt.NewObject()
		d.register(o)
		if d.c.fast {
			d.readPropsFast(o, nd.n)
		} else {
			d.readProps(o, nd.n)
		}
		return o
	case opArray:
		if d.c.fast {
			o := rt.NewArray()
			d.register(o)
			elems := make([]goja.Value, nd.n)
			for j := range elems {
				if d.m.nodes[d.i].op == opHole {
					d.i++
					continue
				}
				elems[j] = d.read()
			}
			fast.setElements(o, elems)
			d.readProps(o, nd.m)
			return o
		}
		if nd.sub == 0 {
			// Nothing inside refers to the array, so it can be built from its elements.
			id := len(d.objs)
			d.register(nil)
			items := make([]any, nd.n)
			for j := range items {
				items[j] = d.read()
			}
			o := rt.NewArray(items...)
			d.objs[id] = o
			d.readProps(o, nd.m)
			return o
		}
		o := rt.NewArray()
		d.register(o)
		_ = o.Set("length", nd.n)
		for j := range nd.n {
			if d.m.nodes[d.i].op == opHole {
				d.i++
				continue
			}
			define(o, strconv.Itoa(j), d.read())
		}
		d.readProps(o, nd.m)
		return o
	case opSparse:
		o := rt.NewArray()
		d.register(o)
		_ = o.Set("length", nd.n)
		d.readProps(o, nd.m)
		return o
	case opMap, opSet:
		ctor, add := in.mapCtor, in.mapSet
		if nd.op == opSet {
			ctor, add = in.setCtor, in.setAdd
		}
		o := d.construct(ctor)
		d.register(o)
		for range nd.n {
			k := d.read()
			if nd.op == opSet {
				call(add, o, k)
			} else {
				call(add, o, k, d.read())
			}
		}
		return o
	case opDate:
		o := d.construct(in.date, nd.v)
		d.register(o)
		return o
	case opRegExp:
		var flags []byte
		for i, f := range regexpFlagOrder {
			if nd.sub&(1<<i) != 0 {
				flags = append(flags, f.flag)
			}
		}
		o := d.construct(in.regexp, nd.v, rt.ToValue(string(flags)))
		d.register(o)
		return o
	case opBuffer:
		o := rt.ToValue(rt.NewArrayBuffer(d.m.buffers[nd.n])).(*goja.Object)
		d.register(o)
		return o
	case opView:
		id := len(d.objs)
		d.register(nil) // the view's id comes before its buffer's
		buf := d.read()
		ctor := in.dataView
		if nd.sub != viewDataView {
			ctor = in.typed[nd.sub]
		}
		o := d.construct(ctor, buf, rt.ToValue(nd.n), rt.ToValue(nd.m))
		d.objs[id] = o
		return o
	case opBoxed:
		o := nd.v.ToObject(rt)
		d.register(o)
		return o
	case opError:
		e := &d.m.errs[nd.n]
		o := d.c.newError(e.class, e.message)
		if e.stack != nil {
			defineHidden(o, "stack", e.stack)
		}
		if e.ownName != nil {
			defineHidden(o, "name", e.ownName)
		}
		d.register(o)
		for range nd.m {
			key := d.m.nodes[d.i].key
			v := d.read()
			if key == "cause" || key == "errors" {
				defineHidden(o, key, v)
			} else {
				define(o, key, v)
			}
		}
		return o
	case opDOMException:
		e := &d.m.errs[nd.n]
		o := d.c.hooks.NewDOMException(e.message.String(), e.class, e.stack.String())
		d.register(o)
		return o
	}
	panic("clone: corrupt message: unknown node op " + strconv.Itoa(int(nd.op)))
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
