package gojaprops

import (
	"sync"

	"github.com/dop251/goja"
)

// LazySymbol is a goja symbol made on first use. Declared at package level
// as a literal (var s = gojaprops.LazySymbol{Name: "k"}), it is static data:
// goja.NewSymbol at package level would be a call in the package's init
// function at every start.
type LazySymbol struct {
	Name string
	once sync.Once
	sym  *goja.Symbol
}

// Get returns the symbol, made by the first call.
func (s *LazySymbol) Get() *goja.Symbol {
	s.once.Do(func() { s.sym = goja.NewSymbol(s.Name) })
	return s.sym
}
