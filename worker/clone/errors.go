package clone

import (
	"github.com/dop251/goja"
)

// writeError writes an Error. Legacy mode keeps the class of the seven standard errors (by
// name, as V8 does), an own message converted to a string, the stack and the cause. Enhanced
// mode also keeps AggregateError, custom names and every own property, and refuses a message
// that is not a string.
func (s *serializer) writeError(o *goja.Object) {
	s.enter(stackObjectCost)
	enhanced := s.c.opts.EnhancedErrors
	in := s.c.in
	name := "Error"
	nameV := s.get(o, "name")
	if nameV != nil && goja.IsString(nameV) {
		name = nameV.String()
	} else if no, ok := nameV.(*goja.Object); ok && !enhanced {
		// Legacy mode is V8's serializer, which converts the name to a
		// string (ToString): an error whose name is itself recurses until
		// the stack overflows, and workerd throws that RangeError (case
		// 1000, at 2025-08-15). Enhanced mode reads no such name.
		if s.c.stringifiesForever(no) {
			panic(s.c.newError("RangeError", s.c.rt.ToValue("Maximum call stack size exceeded")))
		}
		name = no.String()
	}
	e := errData{class: "Error"}
	if in.errorCtor(name) != nil && (enhanced || name != "AggregateError") {
		e.class = name
	}
	msgObj := false
	if call(in.hasOwn, o, s.c.rt.ToValue("message")).ToBoolean() {
		m := s.get(o, "message")
		_, msgObj = m.(*goja.Object)
		if !goja.IsString(m) {
			if enhanced && msgObj && (m.(*goja.Object) == o || s.isOpenError(m.(*goja.Object))) {
				// A message that is the error itself (or one being written) is written as a
				// reference, which workerd cannot read back (see serialize).
				s.selfRef = true
				m = s.c.rt.ToValue("")
			} else if enhanced {
				s.c.throwDataCloneError("Deserialization failed: error message is not a string")
			}
			if msgObj && s.c.stringifiesForever(m) {
				panic(s.c.newError("RangeError", s.c.rt.ToValue("Maximum call stack size exceeded")))
			}
			m = m.ToString()
		}
		e.message = m
	}
	// An error's stack is built on first read, from String(error). With a name or message
	// that leads back to the error that recurses without bound in goja's own Go code (a goja
	// bug: try e.name = e; e.stack), so such an error is cloned without its stack.
	_, nameObj := nameV.(*goja.Object)
	if (!nameObj && !msgObj) || !s.c.stringifiesForever(o) {
		if v := s.get(o, "stack"); v != nil && goja.IsString(v) {
			e.stack = v
		}
	}
	id := s.newID(o)
	if enhanced {
		s.openErrors = append(s.openErrors, id)
		defer func() { s.openErrors = s.openErrors[:len(s.openErrors)-1] }()
	}
	s.tag(tError)
	s.uvarint(len(s.errs))
	at := s.reserve32()
	s.errs = append(s.errs, e)
	m := 0
	if enhanced {
		ownName := false
		for _, key := range o.Keys() {
			switch key {
			case "message", "stack":
				continue
			case "name":
				ownName = true
			}
			if s.writeOwn(o, key) {
				m++
			}
		}
		// cause and errors are own but not enumerable, so Keys does not list them.
		for _, key := range [...]string{"cause", "errors"} {
			if s.hasOwnNonEnumerable(o, key) && s.writeOwn(o, key) {
				m++
			}
		}
		if !ownName && name != e.class {
			s.errs[len(s.errs)-1].ownName = s.c.rt.ToValue(name)
		}
	} else if s.writeOwn(o, "cause") {
		m++
	}
	s.patch32(at, m)
	s.budget += stackObjectCost
}

// isOpenError reports whether o is an error whose properties are being written.
func (s *serializer) isOpenError(o *goja.Object) bool {
	if id, ok := s.ids.find(o); ok {
		for _, e := range s.openErrors {
			if e == id {
				return true
			}
		}
	}
	return false
}

// stringifiesForever reports whether String(v) would recurse without end through
// Error.prototype.toString: an error whose name or message leads back to itself. V8 throws a
// RangeError there; goja recurses in Go until the process dies, so the cloner must not ask.
func (c *Cloner) stringifiesForever(v goja.Value) bool {
	seen := make(map[*goja.Object]bool)
	var walk func(v goja.Value) bool
	walk = func(v goja.Value) bool {
		o, ok := v.(*goja.Object)
		if !ok || kindOf(o) != kindError {
			return false
		}
		if seen[o] {
			return true
		}
		seen[o] = true
		for _, key := range [...]string{"name", "message"} {
			if x, ok := c.lookupData(o, c.rt.ToValue(key)); ok && walk(x) {
				return true
			}
		}
		delete(seen, o)
		return false
	}
	return walk(v)
}

// hasOwnNonEnumerable reports whether key is an own property of o that o.Keys does not list.
func (s *serializer) hasOwnNonEnumerable(o *goja.Object, key string) bool {
	d, ok := call(s.c.in.gopd, goja.Undefined(), o, s.c.rt.ToValue(key)).(*goja.Object)
	return ok && !d.Get("enumerable").ToBoolean()
}

// newError constructs a built-in error of class with an optional message.
func (c *Cloner) newError(class string, message goja.Value) *goja.Object {
	var args []goja.Value
	if class == "AggregateError" {
		// new AggregateError(errors, message); the clone's errors come as a property.
		args = append(args, c.rt.NewArray())
	}
	if message != nil {
		args = append(args, message)
	}
	o, err := c.rt.New(c.in.errorCtor(class), args...)
	if err != nil {
		panic(err)
	}
	return o
}

// symbolDescription is V8's description of a symbol: Symbol(desc).
func symbolDescription(sym *goja.Symbol) string {
	return "Symbol(" + sym.String() + ")"
}

// describe is V8's side-effect-free description of an object that cannot be cloned: #<Name>
// when its toString is Object.prototype.toString and its constructor is a named function,
// otherwise [object Tag]. Only data properties are read, so no user code runs.
func (c *Cloner) describe(o *goja.Object) string {
	if name, ok := c.constructorName(o); ok {
		return "#<" + name + ">"
	}
	tag := "Object"
	if t, ok := c.lookupData(o, goja.SymToStringTag); ok && goja.IsString(t) {
		tag = t.String()
	}
	return "[object " + tag + "]"
}

// describeProxy describes a Proxy by its target without running any trap.
func (c *Cloner) describeProxy(o *goja.Object) string {
	target := o.Export().(goja.Proxy).Target()
	if target == nil {
		return "null"
	}
	if name, ok := c.constructorName(target); ok {
		return "#<" + name + ">"
	}
	if _, ok := goja.AssertFunction(target); ok {
		return "[object Function]"
	}
	return "[object Object]"
}

func (c *Cloner) constructorName(o *goja.Object) (string, bool) {
	if ts, ok := c.lookupData(o, c.rt.ToValue("toString")); !ok || ts != goja.Value(c.in.objToString) {
		return "", false
	}
	ctor, ok := c.lookupData(o, c.rt.ToValue("constructor"))
	if !ok || ctor == goja.Value(c.in.objectCtor) && c.inheritsIterator(o) {
		return "", false
	}
	co, ok := ctor.(*goja.Object)
	if !ok {
		return "", false
	}
	if _, ok := goja.AssertFunction(co); !ok {
		return "", false
	}
	name, ok := c.lookupOwnData(co, c.rt.ToValue("name"))
	if !ok || !goja.IsString(name) || name.String() == "" {
		return "", false
	}
	return name.String(), true
}

// inheritsIterator reports whether o inherits from %IteratorPrototype%. In V8 (Iterator
// Helpers) Iterator.prototype.constructor is an accessor, so an iterator has no constructor to
// be named after; goja's iterators inherit Object instead.
func (c *Cloner) inheritsIterator(o *goja.Object) bool {
	for cur := o.Prototype(); cur != nil; cur = cur.Prototype() {
		if cur == c.in.iterProto {
			return true
		}
		if kindOf(cur) == kindProxy {
			return false
		}
	}
	return false
}

// lookupData finds key on o or its prototypes and returns its value if it is a data property.
// It stops at a Proxy, whose traps must not run.
func (c *Cloner) lookupData(o *goja.Object, key goja.Value) (goja.Value, bool) {
	for cur := o; cur != nil; cur = cur.Prototype() {
		if kindOf(cur) == kindProxy {
			return nil, false
		}
		if _, found := c.ownDescriptor(cur, key); found {
			return c.lookupOwnData(cur, key)
		}
	}
	return nil, false
}

func (c *Cloner) lookupOwnData(o *goja.Object, key goja.Value) (goja.Value, bool) {
	d, found := c.ownDescriptor(o, key)
	if !found || !call(c.in.hasOwn, d, c.rt.ToValue("value")).ToBoolean() {
		return nil, false
	}
	return d.Get("value"), true
}

func (c *Cloner) ownDescriptor(o *goja.Object, key goja.Value) (*goja.Object, bool) {
	d, ok := call(c.in.gopd, goja.Undefined(), o, key).(*goja.Object)
	return d, ok
}
