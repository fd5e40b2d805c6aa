package clone

import "github.com/dop251/goja"

// Size is about how many bytes the message holds: its stream, its
// ArrayBuffer contents and its shared strings (2 bytes per UTF-16 unit).
// It costs one step per buffer and shared value, whatever their sizes, so
// callers can decide cheaply whether a message is small enough to
// deserialize only to describe it.
func (m *Message) Size() int {
	n := len(m.data)
	for _, b := range m.buffers {
		n += len(b)
	}
	for _, p := range m.prims {
		n += 8
		if s, ok := p.(goja.String); ok {
			n += 2 * s.Length()
		}
	}
	return n
}
