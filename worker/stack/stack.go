// Package stack reserves goroutine stack for the code that recurses deeply
// at start-up: goja's parser, compiler and interpreter, and the regular
// expressions that package init functions compile.
//
// A goroutine starts with 2 KiB of stack, and Go doubles it whenever a call
// needs more, copying every frame and adjusting each one through the
// binary's function tables (.gopclntab). Reached in small steps by a deep
// recursion, that is a walk of ever more frames each time: mcrepl's
// start-up grew its stacks 15 times (runtime.newstack counted with perf
// probe), about 1 ms of CPU and 0.9 MiB of peak RSS (`go run
// ./bench/startup`). Reserve grows the stack once, while it holds almost no
// frame; the pages of the new stack are touched only as frames use them.
//
// The package imports nothing, so its init function, which reserves the
// main goroutine's stack (where every init function runs), comes before
// those of the packages that compile regular expressions.
package stack

func init() { Reserve() }

// Reserve grows the calling goroutine's stack to at least 64 KiB at once,
// on amd64 (elsewhere it does nothing). Call it first thing in a goroutine
// that compiles or runs JavaScript.
func Reserve() { reserve() }

// Go runs f on a new goroutine whose stack is reserved first (Reserve),
// for a goroutine that compiles or runs JavaScript. Every such goroutine
// starts at the same small function of this package, which is cheaper at
// start-up than a go statement of each: the runtime looks the start
// function's name up in .gopclntab when it makes a goroutine, and the
// reservation's one stack copy walks only that frame, so the pages of the
// function tables that they read are those of one function.
func Go(f func()) { go run(f) }

// run is every Go goroutine's first frame.
func run(f func()) {
	reserve()
	f()
}
