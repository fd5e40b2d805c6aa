package worker

// ReserveStack grows the calling goroutine's stack to 64 KiB at once, on
// amd64 (elsewhere it does nothing). Call it first thing in a goroutine
// that compiles or runs JavaScript.
//
// A goroutine starts with 8 KiB of stack, and Go doubles it whenever a call
// needs more, copying every frame and adjusting each one through the
// function tables of the binary. goja's parser, compiler and interpreter
// recurse deeply, so the isolate's start-up grew the loop goroutine's and
// the loader's stacks 12 times, each time deeper, at the cost of a walk of
// every frame and the pages of .gopclntab it reads (newstack counted with
// perf probe; `go run ./bench/startup`: about 1 ms of CPU and 0.9 MiB of
// peak RSS). Reserved here, the stack grows once, while it holds almost no
// frame; the pages of the new stack are touched only as frames use them.
func ReserveStack() { reserveStack() }
