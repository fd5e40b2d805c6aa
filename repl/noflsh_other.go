//go:build !linux

package repl

// keepTypeAhead is a no-op where mcrepl does not set terminal flags itself.
func keepTypeAhead(int) (restore func()) { return func() {} }

// pending is 0 where mcrepl does not ask the terminal: each read of a paste
// is handed over on its own.
func pending(int) int { return 0 }
