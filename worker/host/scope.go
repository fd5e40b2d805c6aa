package host

import "github.com/dop251/goja"

// RefuseInGlobalScope throws workerd's "Disallowed operation called within
// global scope" Error while a Worker's top-level code runs
// (events.Realm.SetGlobalScope says when). Loop goroutine only.
func (env *Env) RefuseInGlobalScope() { env.Realm.RefuseInGlobalScope() }

// RejectInGlobalScope is RefuseInGlobalScope for an API that returns a
// promise: in global scope, a promise rejected with that Error and true.
func (env *Env) RejectInGlobalScope() (goja.Value, bool) { return env.Realm.RejectInGlobalScope() }
