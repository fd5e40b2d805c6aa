package node

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/worker/blob"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/net/idna"

	"github.com/mcrepl/mcrepl/worker/inspect"
)

// newBinding builds the object the JS modules receive as their first
// argument: what needs Go.
func newBinding(s *state) *goja.Object {
	env := s.env
	rt := env.RT
	b := rt.NewObject()
	set := func(name string, f func(goja.FunctionCall) goja.Value) { _ = b.Set(name, env.Realm.Func(name, 0, f)) }

	// encode(string, encoding) -> ArrayBuffer of the string's bytes.
	set("encode", func(call goja.FunctionCall) goja.Value {
		enc := call.Argument(1).String()
		if e := normEncoding(enc); e == "utf16le" || e == "latin1" || e == "ascii" {
			// From the string's UTF-16 code units, so that a lone surrogate
			// is kept as Node keeps it.
			if str, ok := call.Argument(0).ToString().(goja.String); ok {
				return rt.ToValue(rt.NewArrayBuffer(encodeUnits(utf16Units(str), e)))
			}
		}
		return rt.ToValue(rt.NewArrayBuffer(encode(call.Argument(0).String(), enc)))
	})
	// decode(view, encoding, start, end) -> string.
	set("decode", func(call goja.FunctionCall) goja.Value {
		data := bytesOf(rt, call.Argument(0))
		start, end := int(call.Argument(2).ToInteger()), len(data)
		if v := call.Argument(3); !goja.IsUndefined(v) {
			end = int(v.ToInteger())
		}
		start, end = max(0, min(start, len(data))), max(0, min(end, len(data)))
		if start > end {
			return rt.ToValue("")
		}
		if normEncoding(call.Argument(1).String()) == "utf16le" {
			return goja.StringFromUTF16(decodeUnits(data[start:end]))
		}
		return rt.ToValue(decode(data[start:end], call.Argument(1).String()))
	})
	set("byteLength", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(byteLength(call.Argument(0).String(), call.Argument(1).String()))
	})
	// inspect(value, options, inspect) -> string, as console.log formats
	// it; custom methods get the third argument, util.inspect itself.
	set("inspect", func(call goja.FunctionCall) goja.Value {
		opts := inspect.OptionsFrom(call.Argument(1))
		if f := call.Argument(2); !goja.IsUndefined(f) {
			opts.InspectFn = f
		}
		s, ex := inspect.Inspect(rt, call.Argument(0), opts)
		if ex != nil {
			panic(ex)
		}
		return rt.ToValue(s)
	})
	// queueMicrotask(fn, ...args): process.nextTick; an exception is
	// reported as uncaught.
	// A callback that is not a function fails when its turn comes, as in
	// workerd ("cb is not a function", reported as uncaught).
	set("queueMicrotask", func(call goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(call.Argument(0))
		var args []goja.Value
		if len(call.Arguments) > 1 {
			args = append(args, call.Arguments[1:]...)
		}
		env.Loop.QueueMicrotask(func() {
			if !ok {
				env.Loop.ReportException(rt.Try(func() { panic(rt.NewTypeError("cb is not a function")) }))
				return
			}
			if _, err := fn(goja.Undefined(), args...); err != nil {
				env.Loop.ReportException(err)
			}
		})
		return goja.Undefined()
	})
	start := time.Now()
	// hrtime() -> nanoseconds since the isolate's binding was made, as a
	// number (exact below 2^53 ns, 104 days).
	set("hrtime", func(goja.FunctionCall) goja.Value {
		return rt.ToValue(float64(time.Since(start).Nanoseconds()))
	})
	set("setImmediate", func(call goja.FunctionCall) goja.Value { return immediates(env).set(call) })
	set("clearImmediate", func(call goja.FunctionCall) goja.Value { return immediates(env).clear(call) })
	set("isImmediate", func(call goja.FunctionCall) goja.Value {
		o, _ := call.Argument(0).(*goja.Object)
		_, ok := immediates(env).pending[o]
		return rt.ToValue(ok || (o != nil && o.Prototype() == immediates(env).proto))
	})
	// process: which shape, which version; exit; getBuiltinModule; the
	// line-buffered stdout and stderr streams, which workerd logs as
	// "stdout: LINE" on its standard output.
	setSmall(env, set)
	_ = b.Set("processV2", env.Flags.Enabled("enable_nodejs_process_v2"))
	version := "22.23.4"
	if env.Flags.Enabled("nodejs_process_version_24") {
		version = "24.22.2"
	}
	_ = b.Set("processVersion", version)
	// node:http's server classes throw without their flag.
	_ = b.Set("httpServerModules", httpServerOn(env.Flags))
	set("processEnv", func(goja.FunctionCall) goja.Value {
		if s.processEnv == nil {
			s.processEnv = rt.NewObject()
			s.fillEnv()
		}
		return s.processEnv
	})
	set("exit", func(call goja.FunctionCall) goja.Value {
		panic(env.Realm.NewError(fmt.Sprintf("The Node.js process.exit(%d) API was called. Canceling the request.", call.Argument(0).ToInteger())))
	})
	set("getBuiltinModule", func(call goja.FunctionCall) goja.Value {
		id := call.Argument(0).String()
		if _, ok := gojaprops.Export(call.Argument(0)).(string); !ok {
			return goja.Undefined()
		}
		if !Available(env.Flags, id) {
			return goja.Undefined()
		}
		return Require(env, id)
	})
	set("writeLine", func(call goja.FunctionCall) goja.Value {
		_, _ = io.WriteString(env.Stdout, call.Argument(0).String()+": "+call.Argument(1).String()+"\n")
		return goja.Undefined()
	})
	// transcode(view, from, to) -> [ArrayBuffer, length] of
	// buffer.transcode's result, or the ICU error's name (transcode.go).
	set("transcode", func(call goja.FunctionCall) goja.Value {
		out, capacity, errName := transcodeBytes(bytesOf(rt, call.Argument(0)), call.Argument(1).String(), call.Argument(2).String())
		if errName != "" {
			return rt.ToValue(errName)
		}
		buf := make([]byte, capacity)
		copy(buf, out)
		return rt.NewArray(rt.NewArrayBuffer(buf), len(out))
	})
	set("isUtf8", func(call goja.FunctionCall) goja.Value { return rt.ToValue(utf8.Valid(bytesOf(rt, call.Argument(0)))) })
	// domainToUnicode(domain) -> the domain's Unicode form (UTS #46,
	// nontransitional), '' when it is no valid domain.
	set("domainToUnicode", func(call goja.FunctionCall) goja.Value {
		u, err := unicodeDomain().ToUnicode(call.Argument(0).String())
		if err != nil {
			return rt.ToValue("")
		}
		return rt.ToValue(u)
	})
	// registerBuffer(Buffer.prototype, INSPECT_MAX_BYTES): console.log and
	// util.inspect print a Buffer as <Buffer 68 69>.
	set("registerBuffer", func(call goja.FunctionCall) goja.Value {
		s.bufferProto, _ = call.Argument(0).(*goja.Object)
		s.inspectMax = int(call.Argument(1).ToInteger())
		prev := inspect.Custom(rt)
		inspect.RegisterCustom(rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
			if s.isBuffer(o) {
				return s.formatBuffer(o, func(v goja.Value) string { return inspect.Format(rt, v, opts) }), true
			}
			if prev != nil {
				return prev(o, opts, recurse)
			}
			return "", false
		})
		return goja.Undefined()
	})
	set("inspectBuffer", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			panic(rt.NewTypeError("inspectBuffer: not an object"))
		}
		return rt.ToValue(s.formatBuffer(o, nil))
	})
	set("isBufferValue", func(call goja.FunctionCall) goja.Value {
		o, _ := call.Argument(0).(*goja.Object)
		return rt.ToValue(s.isBuffer(o))
	})
	// typeOf(v): what only the engine knows of an object: "promise",
	// "proxy", "regexp", "error", "arraybuffer", or "".
	set("typeOf", func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			return rt.ToValue("")
		}
		switch gojaprops.Export(o).(type) {
		case *goja.Promise:
			return rt.ToValue("promise")
		case goja.Proxy:
			return rt.ToValue("proxy")
		case goja.ArrayBuffer:
			return rt.ToValue("arraybuffer")
		}
		switch o.ClassName() {
		case "RegExp":
			return rt.ToValue("regexp")
		case "Error":
			return rt.ToValue("error")
		}
		return rt.ToValue("")
	})
	// nodeTimers: node:timers' setTimeout family (timeout.go).
	nodeTimers := rt.NewObject()
	for name, f := range timerFuncs(env) {
		_ = nodeTimers.Set(name, f)
	}
	_ = nodeTimers.Set("Timeout", timeouts(env).ctor)
	_ = b.Set("nodeTimers", nodeTimers)
	installAsync(s, b)
	installCrypto(s, b)
	installZlib(s, b)
	installNet(s, b)
	installFs(s, b)
	return b
}

// isBuffer reports whether o inherits from Buffer.prototype.
func (s *state) isBuffer(o *goja.Object) bool {
	if s.bufferProto == nil || o == nil {
		return false
	}
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == s.bufferProto {
			return true
		}
	}
	return false
}

// formatBuffer is Buffer.prototype.inspect: <Buffer 68 69>, at most
// INSPECT_MAX_BYTES bytes.
// formatBuffer is a Buffer's inspection, <Buffer 68 69>; with recurse (the
// inspector's), its own enumerable properties that are no index follow
// the bytes, as in Node: <Buffer 68 69, x: 1>.
func (s *state) formatBuffer(o *goja.Object, recurse func(goja.Value) string) string {
	data := bytesOf(s.env.RT, o)
	var sb strings.Builder
	sb.WriteString("<Buffer")
	if len(data) == 0 {
		sb.WriteByte(' ')
	}
	for i, c := range data {
		if i == s.inspectMax {
			fmt.Fprintf(&sb, " ... %d more byte", len(data)-i)
			if len(data)-i != 1 {
				sb.WriteByte('s')
			}
			break
		}
		fmt.Fprintf(&sb, " %02x", c)
	}
	if recurse != nil {
		// Node's own-property tail: string keys that are no index, then
		// symbols (printed Symbol(s): v, as workerd's inspect does).
		var extras []string
		for _, k := range o.Keys() {
			if _, err := strconv.ParseUint(k, 10, 32); err == nil {
				continue
			}
			name := k
			if !isIdent(k) {
				name = recurse(s.env.RT.ToValue(k))
			}
			extras = append(extras, name+": "+recurse(o.Get(k)))
		}
		for _, sym := range o.Symbols() {
			extras = append(extras, "Symbol("+sym.String()+"): "+recurse(o.GetSymbol(sym)))
		}
		if len(extras) > 0 {
			if len(data) != 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(strings.Join(extras, ", "))
		}
	}
	sb.WriteByte('>')
	return sb.String()
}

// isIdent is whether inspect prints a property name unquoted.
func isIdent(k string) bool {
	for i, c := range k {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return k != ""
}

// bytesOf returns the bytes a typed array, DataView or ArrayBuffer views.
func bytesOf(rt *goja.Runtime, v goja.Value) []byte {
	o, ok := v.(*goja.Object)
	if !ok || o == nil { // o: what a failed assertion elsewhere left nil
		return nil
	}
	if ab, ok := gojaprops.Export(o).(goja.ArrayBuffer); ok {
		return ab.Bytes()
	}
	buf, ok := gojaprops.Export(o.Get("buffer")).(goja.ArrayBuffer)
	if !ok {
		return nil
	}
	all := buf.Bytes()
	off, n := int(o.Get("byteOffset").ToInteger()), int(o.Get("byteLength").ToInteger())
	if off < 0 || n < 0 || off+n > len(all) {
		return nil
	}
	return all[off : off+n]
}

// normEncoding maps Node's encoding names to the canonical ones.
func normEncoding(enc string) string {
	switch strings.ToLower(enc) {
	case "hex":
		return "hex"
	case "base64":
		return "base64"
	case "base64url":
		return "base64url"
	case "latin1", "binary":
		return "latin1"
	case "ascii":
		return "ascii"
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return "utf16le"
	}
	return "utf8"
}

// encode is Buffer.from(string, encoding)'s bytes.
func encode(s, enc string) []byte {
	switch normEncoding(enc) {
	case "hex":
		// Node stops at the first pair that is not hex.
		n := 0
		for n+1 < len(s) && isHex(s[n]) && isHex(s[n+1]) {
			n += 2
		}
		b, _ := hex.DecodeString(s[:n])
		return b
	case "base64", "base64url":
		return decodeBase64(s)
	case "latin1", "ascii":
		u := utf16.Encode([]rune(s))
		b := make([]byte, len(u))
		for i, c := range u {
			b[i] = byte(c)
		}
		return b
	case "utf16le":
		u := utf16.Encode([]rune(s))
		b := make([]byte, 2*len(u))
		for i, c := range u {
			b[2*i], b[2*i+1] = byte(c), byte(c>>8)
		}
		return b
	}
	return []byte(strings.ToValidUTF8(s, "\uFFFD"))
}

// unicodeDomain is url.domainToUnicode's profile, made on first use.
func unicodeDomain() *idna.Profile {
	unicodeDomainOnce.Do(func() { unicodeDomainValue = makeUnicodeDomain() })
	return unicodeDomainValue
}

// A sync.Once and a function rather than a package-level sync.OnceValue,
// whose call would be code in the package's init function at every start.
var (
	unicodeDomainOnce  sync.Once
	unicodeDomainValue *idna.Profile
)

func makeUnicodeDomain() *idna.Profile {
	return idna.New(idna.MapForLookup(), idna.Transitional(false), idna.CheckHyphens(false), idna.VerifyDNSLength(false), idna.StrictDomainName(false))
}

// utf16Units is a JS string's UTF-16 code units.
func utf16Units(s goja.String) []uint16 {
	u := make([]uint16, s.Length())
	for i := range u {
		u[i] = s.CharAt(i)
	}
	return u
}

// encodeUnits is the bytes of code units in utf16le, or their low bytes in
// latin1 and ascii.
func encodeUnits(u []uint16, enc string) []byte {
	if enc == "utf16le" {
		b := make([]byte, 2*len(u))
		for i, c := range u {
			b[2*i], b[2*i+1] = byte(c), byte(c>>8)
		}
		return b
	}
	b := make([]byte, len(u))
	for i, c := range u {
		b[i] = byte(c)
	}
	return b
}

// decodeUnits reads utf16le bytes as code units, an odd last byte dropped
// and lone surrogates kept.
func decodeUnits(b []byte) []uint16 {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	return u
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// decodeBase64 reads base64 and base64url alike, ignoring whitespace and
// characters outside the alphabet and stopping at '=', as Node does.
func decodeBase64(s string) []byte {
	var clean []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/':
			clean = append(clean, c)
		case c == '-':
			clean = append(clean, '+')
		case c == '_':
			clean = append(clean, '/')
		case c == '=':
			i = len(s)
		}
	}
	if len(clean)%4 == 1 {
		clean = clean[:len(clean)-1]
	}
	b, _ := base64.RawStdEncoding.DecodeString(string(clean))
	return b
}

// decode is buffer.toString(encoding).
func decode(b []byte, enc string) string {
	switch normEncoding(enc) {
	case "hex":
		return hex.EncodeToString(b)
	case "base64":
		return base64.StdEncoding.EncodeToString(b)
	case "base64url":
		return base64.RawURLEncoding.EncodeToString(b)
	case "latin1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r)
	case "ascii":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c & 0x7f)
		}
		return string(r)
	case "utf16le":
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return string(utf16.Decode(u))
	}
	return decodeUTF8(b)
}

// decodeUTF8 is UTF-8 decoding as V8 and the Encoding standard do it: each
// maximal subpart of an ill-formed sequence becomes one U+FFFD, so ff fe is
// two replacement characters and e2 82 is one (blob.DecodeUTF8).
func decodeUTF8(b []byte) string { return blob.DecodeUTF8(b) }

// byteLength is Buffer.byteLength(string, encoding).
func byteLength(s, enc string) int {
	switch normEncoding(enc) {
	case "utf8":
		return len(encode(s, "utf8"))
	case "utf16le":
		return 2 * len(utf16.Encode([]rune(s)))
	case "latin1", "ascii":
		return len(utf16.Encode([]rune(s)))
	case "hex":
		return len(s) / 2
	}
	return len(encode(s, enc))
}
