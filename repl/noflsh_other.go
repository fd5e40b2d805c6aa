//go:build !linux

package repl

// keepTypeAhead is a no-op where mcrepl does not set terminal flags itself.
func keepTypeAhead(int) (restore func()) { return func() {} }
