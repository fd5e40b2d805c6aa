// Package inspect formats goja values the way Node's util.inspect does: it is
// what console.log and the shell print.
//
// Format formats one value as util.inspect(v) would; FormatLog formats
// console.log arguments as util.format would (printf-style directives in a
// first string argument, the rest inspected and joined with spaces). Both must
// be called on the goroutine that owns the runtime.
//
// Formatting runs no user code but what the options ask for: an object's
// [Symbol.for('nodejs.util.inspect.custom')] method, called as workerd calls
// it (with the remaining depth, an options object and inspect itself) when
// Options.CustomInspect is set, as the worker's console and node:util set it,
// the getters of Options.Getters and the comparator of Options.SortFn.
// What that method throws, Format turns into "<Formatting threw (stack)>",
// as workerd's console does; Inspect returns it for util.inspect to throw.
// Nothing else runs: no getter (an accessor prints as "[Getter]", "[Setter]"
// or "[Getter/Setter]"), no Proxy trap (a proxy prints as Proxy(target), one
// wrapper per layer, as workerd's console prints it; a revoked one as
// <Revoked Proxy>), no toString, valueOf or Symbol.toStringTag getter. What
// it needs from the runtime it reads through goja's Go API and through the
// builtins Object.getOwnPropertyDescriptor, Map.prototype.forEach,
// Set.prototype.forEach and the builtin getters of RegExp, DataView and
// ArrayBuffer, looked up on the global object when a value needs them. The
// deliberate exceptions are FormatLog's directives that are defined by a
// conversion: %j is JSON.stringify (toJSON methods and getters run), %s calls
// a user-defined toString of an object whose class is not a builtin, %d is
// Number() and %i and %f parse String(), as in workerd. One thing is goja's
// own doing: it builds an Error's stack property lazily, reading the error's
// name and message, the first time anything lists the error's properties; a
// getter on those runs then, whoever lists them (an exception from it leaves
// the error's own properties unlisted).
//
// Keys print as workerd's do: a symbol key bare (Symbol(x): 1), a
// non-enumerable key shown by ShowHidden in brackets ([b]: 1, ['b-c']: 2).
//
// # Host objects
//
// A host (the package that installs MessagePort, for instance) controls how
// its objects print by registering a hook for its runtime with
// RegisterCustom. The hook sees every object before the default formatting;
// it returns false for objects it does not own.
//
// # Differences from Node
//
//   - Errors print their stack as goja records it (frames start with "\tat "
//     rather than V8's "    at "), without its trailing newline.
//   - Symbol.toStringTag is honoured when it is a data property; a tag
//     computed by a getter is not shown, since showing it would run the getter.
//   - Map and Set iterators print as ordinary objects: goja has no way to
//     preview their entries without advancing them.
//   - ShowHidden lists non-enumerable own properties but not the prototype
//     properties, typed-array internals and weak collection entries that
//     Node's showHidden adds.
//   - Arrays and typed arrays longer than 65536 items do not list their
//     extra (non-index) string properties: goja can only list those along
//     with every index.
//   - Stack frames an error shares with its cause are not folded into
//     "... n lines matching cause stack trace ...".
//   - If Object.prototype has accessors named like descriptor fields (value,
//     get, set, enumerable), goja's Object.getOwnPropertyDescriptor returns
//     descriptors without them, and properties print as undefined.
//   - A lone surrogate in a symbol's description prints as U+FFFD (goja's
//     Symbol offers its description only as a Go string); in strings and
//     keys it is escaped as Node does.
//   - A RegExp built from a string containing "/" shows goja's source for it
//     (a\u002fb where V8 has a\/b).
//   - ShowHidden on a sloppy-mode function lacks V8's own arguments and
//     caller properties, which goja functions do not have.
package inspect

import (
	"runtime"
	"strings"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

// Options controls formatting. The zero value gives Node's util.inspect and
// console.log defaults: depth 2, no colour, lines broken at 80 columns, at
// most 100 array items and 10000 characters per string.
type Options struct {
	// Depth is how many levels of nesting are shown before an object prints
	// as [Object] or [Array]. 0 means the default, 2; -1 means no limit;
	// TopLevelOnly is Node's depth 0.
	Depth int
	// Colors adds ANSI colours with Node's default styles.
	Colors bool
	// BreakLength is the line width that entries are fitted into. 0 means
	// the default, 80.
	BreakLength int
	// MaxArrayLength is how many items of an array, typed array, Map or Set
	// are shown. 0 means the default, 100; -1 means no limit.
	MaxArrayLength int
	// MaxStringLength is how many characters of a string are shown. 0 means
	// the default, 10000; -1 means no limit.
	MaxStringLength int
	// ShowHidden lists non-enumerable own properties as [key]: value.
	// Default false.
	ShowHidden bool
	// ShowProxy prints a proxy as Proxy [ target, handler ] instead of as
	// its target. Default false.
	ShowProxy bool
	// Budget, when positive, makes the output a preview: once about this
	// many characters have been produced, arrays, typed arrays, objects,
	// Maps and Sets stop listing entries (the output then ends early, with
	// "…" where the rest would be), and strings are cut to it. The cost of a
	// call is then bounded by what it shows, not by the size of the value
	// (the event log and the report cut their data to 60 characters). The
	// output past the budget is not Node's. Default 0: no budget.
	Budget int
	// CustomInspect calls an object's [Symbol.for('nodejs.util.inspect.custom')]
	// method, as workerd's console.log and util.inspect do, and uses what
	// it returns (user code runs: console output, util.inspect and the
	// shell's results, never the event log's previews). Default false.
	CustomInspect bool
	// InspectFn is the third argument of such a method (node:util's
	// inspect); nil: a function that formats as Format does.
	InspectFn goja.Value
	// Proxy is set only in a call of a formatting hook (RegisterCustom) for
	// an object reached as the target of a proxy (shown as its target,
	// ShowProxy off): that proxy. A host object whose state is kept on its
	// proxy's side (a delivered MessageEvent) is recognised through it.
	Proxy *goja.Object
	// Compact is Node's compact option: how many inner levels go on one
	// line when they fit. 0 means the default, 3; CompactFalse puts every
	// entry on a line of its own; CompactTrue is compact: true (entries
	// fill lines up to BreakLength, no string is split).
	Compact int
	// Sorted sorts the entries of objects, Maps and Sets (and the extra
	// keys of arrays), with SortFn as the comparator when not nil (user
	// code runs).
	Sorted bool
	SortFn goja.Callable
	// Getters calls accessors' getters and shows what they return
	// ([Getter: 42]): GettersAll for every accessor, GettersGet for those
	// without a setter, GettersSet for those with one (user code runs).
	Getters int
	// NumericSeparator writes numbers and bigints with _ between groups of
	// three digits (1_234_567).
	NumericSeparator bool
}

// Compact values besides a positive level count.
const (
	CompactFalse = -1
	CompactTrue  = -2
)

// Getters values.
const (
	GettersAll = 1 + iota
	GettersGet
	GettersSet
)

// TopLevelOnly is the Depth that shows only the top level's entries (Node's
// `depth: 0`), since a Depth of 0 means the default.
const TopLevelOnly = -2

// CustomFunc formats a host object. It returns false for objects it does not
// handle, which then get the default formatting. opts are the options the
// caller passed to Format or FormatLog. recurse formats a value nested one
// level below o in the current context (depth limit, indentation, circular
// references), for hooks that print their object's properties. The returned
// string is placed like any other entry: lines after the first are shifted
// to the current indentation.
type CustomFunc func(o *goja.Object, opts Options, recurse func(goja.Value) string) (string, bool)

var (
	customMu sync.Mutex
	customs  map[weak.Pointer[goja.Runtime]]CustomFunc // made by the first RegisterCustom
)

// RegisterCustom installs fn as the formatting hook for objects of rt,
// replacing any earlier hook; a nil fn removes it. The registration lasts
// until rt is garbage collected, provided fn does not itself keep rt alive:
// a hook that refers to rt or to its values should be removed with
// RegisterCustom(rt, nil) when the runtime is done. Safe for concurrent use.
func RegisterCustom(rt *goja.Runtime, fn CustomFunc) {
	key := weak.Make(rt)
	customMu.Lock()
	defer customMu.Unlock()
	if fn == nil {
		delete(customs, key)
		return
	}
	if _, ok := customs[key]; !ok {
		runtime.AddCleanup(rt, func(k weak.Pointer[goja.Runtime]) {
			customMu.Lock()
			delete(customs, k)
			customMu.Unlock()
		}, key)
	}
	if customs == nil {
		customs = map[weak.Pointer[goja.Runtime]]CustomFunc{}
	}
	customs[key] = fn
}

// Custom returns rt's formatting hook, or nil: a package that adds a hook
// for its own objects wraps the one already there. Safe for concurrent use.
func Custom(rt *goja.Runtime) CustomFunc { return customFor(rt) }

func customFor(rt *goja.Runtime) CustomFunc {
	customMu.Lock()
	defer customMu.Unlock()
	return customs[weak.Make(rt)]
}

// Format formats v as util.inspect(v, opts) would. It must be called on the
// goroutine that owns rt. It runs user code only with opts.CustomInspect;
// what that code throws makes the result "<Formatting threw (stack)>", as
// workerd's console.log prints it. An interrupt propagates.
func Format(rt *goja.Runtime, v goja.Value, opts Options) string {
	s, ex := Inspect(rt, v, opts)
	if ex != nil {
		return "<Formatting threw (" + thrownText(rt, ex) + ")>"
	}
	return s
}

// Inspect is Format that returns what user code threw instead of printing
// it: util.inspect throws it on.
func Inspect(rt *goja.Runtime, v goja.Value, opts Options) (s string, ex *goja.Exception) {
	c := newCtx(rt, opts)
	if !opts.CustomInspect {
		return c.formatValue(v, 0, false), nil
	}
	ex = rt.Try(func() { s = c.formatValue(v, 0, false) })
	return s, ex
}

// Braces joins a host object's entries after open ("Headers(1) {") the way
// Node's util.inspect does for an object whose entries are known: on one
// line when they fit in its break length of 80 columns (its
// reduceToSingleString), one per line otherwise. For the packages' hooks
// (RegisterCustom).
func Braces(open string, entries []string) string {
	if len(entries) == 0 {
		return open + "}"
	}
	total := len(entries) + len(entries) + len(open) + 10
	multi := false
	for _, e := range entries {
		total += len(e)
		if strings.Contains(e, "\n") {
			multi = true
		}
	}
	if !multi && total <= 80 {
		return open + " " + strings.Join(entries, ", ") + " }"
	}
	return open + "\n  " + strings.Join(entries, ",\n  ") + "\n}"
}
