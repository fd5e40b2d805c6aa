package encoding

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
)

// goja keeps a string that is not ASCII as a []uint16 whose first element
// is a marker, the code units after it. Reading them in place lets
// TextEncoder transcode once instead of through []rune and a Go string.
// The layout is checked once against a string of known code units; where
// it does not hold (another goja), utf16Units reports false and encoding
// goes through String().
var (
	layoutOnce sync.Once
	layoutOK   bool
)

func utf16Units(v goja.Value) ([]uint16, bool) {
	layoutOnce.Do(func() {
		want := []uint16{0x41, 0x100, 0xd83d, 0xde00, 0xdc00}
		u, ok := rawUnits(goja.StringFromUTF16(want))
		layoutOK = ok && len(u) == len(want)
		for i := range want {
			if layoutOK && u[i] != want[i] {
				layoutOK = false
			}
		}
	})
	if !layoutOK {
		return nil, false
	}
	return rawUnits(v)
}

func rawUnits(v goja.Value) ([]uint16, bool) {
	if v == nil {
		return nil, false
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Slice || rv.Type().Elem().Kind() != reflect.Uint16 || rv.Len() < 1 {
		return nil, false
	}
	return unsafe.Slice((*uint16)(rv.UnsafePointer()), rv.Len())[1:], true
}
