// func reserve()
//
// A frame of 64 KiB that is never touched: the prologue's stack check grows
// the goroutine's stack once to fit it, and RET gives it back unused (see
// stack.go).
TEXT ·reserve(SB), 0, $65536-0
	RET
