package builtins

import (
	"github.com/dop251/goja"
	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// codegenMessage is V8's message when the embedder (workerd) disallows code
// generation from strings.
const codegenMessage = "Code generation from strings disallowed for this context"

// hiddenCtors reaches the constructors of async and generator functions,
// which no global names. The program is compiled once per process, when
// the first isolate starts; it is two empty function expressions.
var hiddenCtorsLazy = lazyValue[*goja.Program]{f: func() *goja.Program {
	return goja.MustCompile("mcrepl:builtins", "[async function(){}, function*(){}]", true)
}}

func hiddenCtors() *goja.Program { return hiddenCtorsLazy.get() }

// installCodegen refuses code generation from strings as workerd does:
// eval (direct or indirect), Function, and the AsyncFunction and
// GeneratorFunction constructors (reached through .constructor) throw
// EvalError. The shell does not go through eval: it compiles what the user
// types as a program, so it keeps working.
//
// goja treats a call as a direct eval only when the callee is its own
// eval, so replacing the global is enough for both forms. The replacement
// constructors keep the original prototypes, so instanceof Function and
// (function(){}).constructor === Function still hold.
func (b *installer) installCodegen() {
	rt := b.rt
	g := rt.GlobalObject()
	refuse := func() { panic(b.newError("EvalError", codegenMessage)) }
	_ = g.DefineDataProperty("eval", b.fn("eval", 1, func(goja.FunctionCall) goja.Value {
		refuse()
		return nil
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	replace := func(name string, proto *goja.Object) *goja.Object {
		c := gojaprops.Constructor(rt, func(goja.ConstructorCall) *goja.Object {
			refuse()
			return nil
		})
		Named(rt, c, name, 1)
		_ = c.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		_ = proto.DefineDataProperty("constructor", c, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return c
	}
	fnProto := b.proto("Function")
	if fnProto == nil {
		return
	}
	function := replace("Function", fnProto)
	// Function.prototype.constructor is writable in V8.
	_ = fnProto.DefineDataProperty("constructor", function, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = g.DefineDataProperty("Function", function, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	v, err := rt.RunProgram(hiddenCtors())
	if err != nil {
		return
	}
	fns := v.(*goja.Object)
	for i, name := range []string{"AsyncFunction", "GeneratorFunction"} {
		f, ok := fns.Get([]string{"0", "1"}[i]).(*goja.Object)
		if !ok {
			continue
		}
		p, ok := f.Prototype(), true
		if p == nil || !ok {
			continue
		}
		c := replace(name, p)
		_ = c.SetPrototype(function)
	}
}
