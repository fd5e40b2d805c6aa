package builtins

import "github.com/dop251/goja"

// The well-known symbols goja lacks. Like goja's own (goja.SymIterator),
// they are shared by every runtime of the process.
var (
	// SymDispose is Symbol.dispose (explicit resource management).
	SymDispose = goja.NewSymbol("Symbol.dispose")
	// SymAsyncDispose is Symbol.asyncDispose.
	SymAsyncDispose = goja.NewSymbol("Symbol.asyncDispose")
	// SymAsyncIterator is Symbol.asyncIterator: streams and the lowered
	// for await of a classic script use it.
	SymAsyncIterator = goja.NewSymbol("Symbol.asyncIterator")
)

// installSymbols defines Symbol.dispose, Symbol.asyncDispose and
// Symbol.asyncIterator, non-writable, non-enumerable, non-configurable as
// every well-known symbol.
func (b *installer) installSymbols() {
	sym := b.intrinsic("Symbol")
	if sym == nil {
		return
	}
	for _, w := range []struct {
		name string
		sym  *goja.Symbol
	}{{"asyncIterator", SymAsyncIterator}, {"dispose", SymDispose}, {"asyncDispose", SymAsyncDispose}} {
		if sym.Get(w.name) == nil {
			_ = sym.DefineDataProperty(w.name, w.sym, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		}
	}
}
