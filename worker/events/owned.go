package events

import (
	"strings"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// The Go state of an EventTarget, an AbortSignal or an AbortController a script makes is
// allocated with its object, as a port's is (worker/channel/registry.go): the object is the
// first field of a struct that holds the state (gojaprops.Relocate moves the fresh object goja
// made there), the state is found from the object by its address, and such objects are told
// from all others by the address of their class name (gojaprops.Tag). A table keyed by the
// objects could not let them go even with weak keys: a listener usually closes over its target,
// and the table would hold the listener. So a script that makes an AbortController per request
// (a fetch with a timeout) or an EventTarget per job no longer grows the heap by ~1-2 KB each,
// forever. When gojaprops cannot relocate or tag (a goja upgrade changed its layout), the state
// is kept in the realm's tables, for the life of the runtime, as before.

// inTables makes the realms keep this state in their tables (the fallback), for tests that
// compare the two ways.
var inTables bool

// targetObj is an EventTarget's object and state.
type targetObj struct {
	obj   goja.Object // first: the object's address is the struct's
	realm *Realm
	t     Target
}

// signalObj is an AbortSignal's object and state.
type signalObj struct {
	obj   goja.Object
	realm *Realm
	t     Target
	s     abortSignal
}

// ctrlObj is an AbortController's object and its signal.
type ctrlObj struct {
	obj   goja.Object
	realm *Realm
	sig   *goja.Object
}

// The tags of the three kinds of object: class names "Object" at addresses of their own.
var (
	targetTag = strings.Clone("Object")
	signalTag = strings.Clone("Object")
	ctrlTag   = strings.Clone("Object")
)

// own moves fresh, an ordinary object no code has seen, into dst and tags it; false (and
// nothing done) when gojaprops cannot, in which case fresh is still the object.
func own(dst, fresh *goja.Object, tag *string) bool {
	if inTables || !gojaprops.Relocate(dst, fresh) {
		return false
	}
	if !gojaprops.Tag(dst, tag) {
		// Cannot happen when Relocate could (both need the same layout); the object is
		// dst now, and fresh must not be used: undo by moving it back.
		gojaprops.Relocate(fresh, dst)
		return false
	}
	return true
}

// newTargetObject makes fresh (a new ordinary object) an EventTarget and returns the object
// to use from now on, with its Target.
func (r *Realm) newTargetObject(fresh *goja.Object) (*goja.Object, *Target) {
	to := &targetObj{realm: r, t: Target{lists: map[string][]*listener{}}}
	if own(&to.obj, fresh, &targetTag) {
		return &to.obj, &to.t
	}
	return fresh, r.NewTarget(fresh)
}

// newSignalObject makes fresh an AbortSignal (and so an EventTarget) and returns the object to
// use from now on, with its state.
func (r *Realm) newSignalObject(fresh *goja.Object) (*goja.Object, *abortSignal) {
	so := &signalObj{realm: r, t: Target{lists: map[string][]*listener{}}, s: abortSignal{reason: goja.Undefined()}}
	if own(&so.obj, fresh, &signalTag) {
		so.t.HasAttribute("abort")
		return &so.obj, &so.s
	}
	s := &so.s
	r.signals[fresh] = s
	r.tags.mark(fresh)
	r.NewTarget(fresh).HasAttribute("abort")
	return fresh, s
}

// newCtrlObject makes fresh an AbortController of the signal sig and returns the object to use
// from now on.
func (r *Realm) newCtrlObject(fresh, sig *goja.Object) *goja.Object {
	co := &ctrlObj{realm: r, sig: sig}
	if own(&co.obj, fresh, &ctrlTag) {
		return &co.obj
	}
	r.ctrls[fresh] = sig
	r.tags.mark(fresh)
	return fresh
}

// ownedTarget is the Target of o when o is one of this realm's EventTargets or AbortSignals
// kept with their objects, else nil.
func (r *Realm) ownedTarget(o *goja.Object) *Target {
	switch {
	case gojaprops.Tagged(o, &targetTag):
		if to := (*targetObj)(unsafe.Pointer(o)); to.realm == r {
			return &to.t
		}
	case gojaprops.Tagged(o, &signalTag):
		if so := (*signalObj)(unsafe.Pointer(o)); so.realm == r {
			return &so.t
		}
	}
	return nil
}

// signalOf is the state of the AbortSignal o, or nil.
func (r *Realm) signalOf(o *goja.Object) *abortSignal {
	if o == nil {
		return nil
	}
	if gojaprops.Tagged(o, &signalTag) {
		if so := (*signalObj)(unsafe.Pointer(o)); so.realm == r {
			return &so.s
		}
		return nil
	}
	return r.signals[o]
}

// ctrlSignal is the signal of the AbortController o, or nil.
func (r *Realm) ctrlSignal(o *goja.Object) *goja.Object {
	if o == nil {
		return nil
	}
	if gojaprops.Tagged(o, &ctrlTag) {
		if co := (*ctrlObj)(unsafe.Pointer(o)); co.realm == r {
			return co.sig
		}
		return nil
	}
	return r.ctrls[o]
}
