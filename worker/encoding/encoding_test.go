package encoding_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
)

// run runs src as a classic script in a fresh isolate and returns what it
// printed.
func run(t *testing.T, src string) string { return runAt(t, flags.NewestDate, src) }

// runAt runs src at a compatibility date.
func runAt(t *testing.T, date, src string) string {
	t.Helper()
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Flags: flags.Resolve(date, nil), Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := w.Run(ctx, "test.js", src); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	return out.String()
}

const attempt = `function attempt(f) { try { return JSON.stringify(f()); } catch (e) { return e.constructor.name + ' ' + e.name + ' ' + e.code + ': ' + e.message; } }
`

// The expected lines are what workerd 2026-11-17 prints for the same
// expressions.
func TestEncodingAPI(t *testing.T) {
	const atobMsg = "atob() called with invalid base64-encoded data. (Only whitespace, '+', '/', alphanumeric ASCII, and up to two terminal '=' signs when the input data length is divisible by 4 are allowed.)"
	const illegal = "Illegal invocation: function called with incorrect `this` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details."
	cases := []struct{ name, expr, want string }{
		{"keys of TextEncoder.prototype", `Reflect.ownKeys(TextEncoder.prototype).map(String)`, `["encode","encodeInto","encoding","constructor","Symbol(Symbol.toStringTag)","Symbol(cloudflare:internal-class)","Symbol(kResourceTypeInspect)"]`},
		{"keys of TextDecoder.prototype", `Reflect.ownKeys(TextDecoder.prototype).map(String)`, `["decode","encoding","fatal","ignoreBOM","constructor","Symbol(Symbol.toStringTag)","Symbol(cloudflare:internal-class)","Symbol(kResourceTypeInspect)"]`},
		{"not own globals", `[Object.hasOwn(globalThis, 'TextEncoder'), Object.hasOwn(globalThis, 'atob'), Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), 'atob').enumerable]`, `[false,false,true]`},
		{"tags", `[String(new TextEncoder()), String(new TextDecoder()), atob.length, btoa.name]`, `["[object TextEncoder]","[object TextDecoder]",0,"btoa"]`},
		{"encode", `Array.from(new TextEncoder().encode('h\u00e9\ud800\u{1F600}'))`, `[104,195,169,239,191,189,240,159,152,128]`},
		{"encode no argument", `[new TextEncoder().encode().length, new TextEncoder().encode(null).length]`, `[0,4]`},
		{"encodeInto partial", `new TextEncoder().encodeInto('h\u00e9llo', new Uint8Array(2))`, `{"read":1,"written":1}`},
		{"encodeInto astral", `new TextEncoder().encodeInto('a\u{1F600}b', new Uint8Array(5))`, `{"read":3,"written":5}`},
		{"encodeInto not Uint8Array", `new TextEncoder().encodeInto('a', new Uint8ClampedArray(2))`, `TypeError TypeError undefined: Failed to execute 'encodeInto' on 'TextEncoder': parameter 2 is not of type 'Uint8Array'.`},
		{"encodeInto no argument", `new TextEncoder().encodeInto()`, `TypeError TypeError undefined: Failed to execute 'encodeInto' on 'TextEncoder': parameter 1 is not of type 'String'.`},
		{"encode brand", `TextEncoder.prototype.encode.call({}, 'a')`, `TypeError TypeError undefined: ` + illegal},
		{"decoder getters brand", `Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'fatal').get.call(new TextEncoder())`, `TypeError TypeError undefined: ` + illegal},
		{"labels", `['latin1', ' UTF8 ', 'sjis', 'utf-16', 'x-user-defined', 'logical', 'GBK'].map((l) => new TextDecoder(l).encoding)`, `["windows-1252","utf-8","shift_jis","utf-16le","x-user-defined","iso-8859-8-i","gbk"]`},
		{"invalid label", `new TextDecoder('foo')`, `RangeError RangeError undefined: "foo" is not a valid encoding.`},
		{"replacement refused", `new TextDecoder('iso-2022-kr')`, `RangeError RangeError undefined: "iso-2022-kr" is not a valid encoding.`},
		{"non-ASCII whitespace is no trim", `new TextDecoder('\u00a0utf-8')`, "RangeError RangeError undefined: \"\u00a0utf-8\" is not a valid encoding."},
		{"options not an object", `new TextDecoder('utf-8', 5)`, `TypeError TypeError undefined: Failed to construct 'TextDecoder': constructor parameter 2 is not of type 'ConstructorOptions'.`},
		{"call without new", `TextDecoder()`, `TypeError TypeError undefined: Failed to construct 'TextDecoder': Please use the 'new' operator, this object constructor cannot be called as a function.`},
		{"decode not a buffer", `new TextDecoder().decode('abc')`, `TypeError TypeError undefined: Failed to execute 'decode' on 'TextDecoder': parameter 1 is not of type 'BufferSource or ArrayBuffer or ArrayBufferView'.`},
		{"decode options not an object", `new TextDecoder().decode(new Uint8Array(1), 5)`, `TypeError TypeError undefined: Failed to execute 'decode' on 'TextDecoder': parameter 2 is not of type 'DecodeOptions'.`},
		{"fatal", `new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]))`, `TypeError TypeError undefined: Failed to decode input.`},
		{"views", `[new TextDecoder().decode(new ArrayBuffer(2)).length, new TextDecoder().decode(new DataView(new Uint8Array([65, 66, 67]).buffer, 1)), new TextDecoder().decode(new Uint16Array([0x4241]))]`, `[2,"BC","AB"]`},
		{"BOM and streaming", `(() => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), d.decode(new Uint8Array([0xbf, 0x41, 0xe2]), { stream: true }), d.decode(new Uint8Array([0x82, 0xac])), d.decode(new Uint8Array([0xef, 0xbb, 0xbf]))]; })()`, `["","A","€",""]`},
		{"ignoreBOM", `new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf])).charCodeAt(0)`, `65279`},
		{"maximal subparts", `new TextDecoder().decode(new Uint8Array([0xf0, 0x9f, 0x41, 0xe2, 0x82, 0xc0, 0xed, 0xa0, 0x80]))`, "\"\ufffdA\ufffd\ufffd\ufffd\ufffd\ufffd\""},
		{"detached", `(() => { const b = new ArrayBuffer(4); const u = new Uint8Array(b); structuredClone(b, { transfer: [b] }); return [new TextDecoder().decode(u), new TextEncoder().encodeInto('ab', u)]; })()`, `["",{"read":0,"written":0}]`},
		{"utf-16 lone surrogate replaced (text_decoder_replace_surrogates)", `[...new TextDecoder('utf-16le').decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00]))].map((c) => c.charCodeAt(0))`, `[65533,65]`},
		{"utf-16 odd byte", `new TextDecoder('utf-16be').decode(new Uint8Array([0, 0x41, 0xd8]))`, "\"A\ufffd\""},
		{"windows-1252 C1", `new TextDecoder('windows-1252', { fatal: true }).decode(new Uint8Array([0x80, 0x81])).split('').map((c) => c.charCodeAt(0))`, `[8364,129]`},
		{"single-byte fatal", `new TextDecoder('iso-8859-3', { fatal: true }).decode(new Uint8Array([0xa5]))`, `TypeError TypeError undefined: Failed to decode input.`},
		{"iso-2022-jp", `(() => { const d = (a, o) => { try { return new TextDecoder('iso-2022-jp', o).decode(new Uint8Array(a)); } catch (e) { return e.message; } }; return [d([0x1B,0x28,0x42,0x1B,0x28,0x42,0x50]), d([0x1B,0x28,0x4A,0x5C,0x5D,0x7E]), d([0x1B,0x28,0x49,0x21]), d([0x1B,0x24,0x42,0x30,0x21]), d([0x41,0x0E], {fatal: true})]; })()`, "[\"\ufffdP\",\"¥]‾\",\"｡\",\"亜\",\"Failed to decode input.\"]"},
		{"iso-2022-jp streaming", `(() => { const s = new TextDecoder('iso-2022-jp'); return [s.decode(new Uint8Array([0x1B,0x24]), {stream: true}), s.decode(new Uint8Array([0x42,0x30]), {stream: true}), s.decode(new Uint8Array([0x21]))]; })()`, "[\"\",\"\",\"亜\"]"},
		{"gb18030 and gbk (workerd's: 0x80 an error, GB18030-2005's PUA)", `['gb18030', 'gbk'].map((l) => { const d = (a) => [...new TextDecoder(l).decode(new Uint8Array(a))].map((c) => c.codePointAt(0).toString(16)).join(); return [d([0x80, 0x81, 0x40, 0xa6, 0xd9, 0xfe, 0xfe]), d([0x81, 0x35, 0xf4, 0x37, 0x90, 0x30, 0x81, 0x30, 0xe3, 0x32, 0x9a, 0x35]), d([0x81, 0x30, 0xff]), d([0x81, 0x7f]), d([0x84, 0x31, 0xa5, 0x30])]; })`, `[["fffd,4e02,e78d,e4c5","e7c7,10000,10ffff","fffd,30,fffd","fffd,7f","fffd"],["fffd,4e02,e78d,e4c5","e7c7,10000,10ffff","fffd,30,fffd","fffd,7f","fffd"]]`},
		{"gb18030 streaming and fatal", `(() => { const s = new TextDecoder('gb18030'); const parts = [s.decode(new Uint8Array([0x81, 0x35]), { stream: true }), s.decode(new Uint8Array([0xf4]), { stream: true }), s.decode(new Uint8Array([0x36])), s.decode(new Uint8Array([0x81]))]; try { new TextDecoder('gbk', { fatal: true }).decode(new Uint8Array([0x41, 0xff])); } catch (e) { parts.push(e.message); } return parts; })()`, "[\"\",\"\",\"Ḿ\",\"\ufffd\",\"Failed to decode input.\"]"},
		{"shift_jis streaming", `(() => { const d = new TextDecoder('shift_jis'); return d.decode(new Uint8Array([0x82]), { stream: true }) + d.decode(new Uint8Array([0xa0])); })()`, `"あ"`},
		{"atob", `[atob(' YW Jj\n'), atob('YQ'), atob('YR=='), atob(null), atob('/w==').charCodeAt(0)]`, "[\"abc\",\"a\",\"a\",\"\u009eée\",255]"},
		{"atob invalid", `atob('a')`, `DOMException InvalidCharacterError 5: ` + atobMsg},
		{"atob padding without multiple of 4", `atob('YQ=')`, `DOMException InvalidCharacterError 5: ` + atobMsg},
		{"atob no argument", `atob()`, `TypeError TypeError undefined: Failed to execute 'atob' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'string'.`},
		{"btoa", `[btoa('abc'), btoa('\u00ff'), btoa(undefined), btoa('')]`, `["YWJj","/w==","dW5kZWZpbmVk",""]`},
		{"btoa outside latin1", `btoa('\u0100')`, `DOMException InvalidCharacterError 5: btoa() can only operate on characters in the Latin1 (ISO/IEC 8859-1) range.`},
		{"btoa no argument", `btoa()`, `TypeError TypeError undefined: Failed to execute 'btoa' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'String'.`},
	}
	var src strings.Builder
	src.WriteString(attempt)
	for _, c := range cases {
		src.WriteString("console.log(attempt(() => " + c.expr + "));\n")
	}
	got := strings.Split(strings.TrimSuffix(run(t, src.String()), "\n"), "\n")
	if len(got) != len(cases) {
		t.Fatalf("got %d lines, want %d:\n%s", len(got), len(cases), strings.Join(got, "\n"))
	}
	for i, c := range cases {
		if got[i] != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got[i], c.want)
		}
	}
}

// TestUTF16SurrogatesByDate: before text_decoder_replace_surrogates
// (2026-02-24) workerd's UTF-16LE decoder passes a lone surrogate
// through; from it, it becomes U+FFFD. The UTF-16BE decoder replaces it at
// both dates.
func TestUTF16SurrogatesByDate(t *testing.T) {
	const src = `const codes = (s) => JSON.stringify([...s].map((c) => c.charCodeAt(0)));
console.log(codes(new TextDecoder('utf-16le').decode(new Uint8Array([0x00, 0xd8, 0x41, 0x00]))));
try { new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xdc])); console.log('no throw'); } catch (e) { console.log(e.message); }
const d = new TextDecoder('utf-16le');
console.log(JSON.stringify([d.decode(new Uint8Array([0x3d, 0xd8]), { stream: true }), d.decode(new Uint8Array([0x00, 0xde]))]));
console.log(codes(new TextDecoder('utf-16be').decode(new Uint8Array([0xd8, 0x00]))));
console.log(codes(new TextDecoder('utf-16le').decode(new Uint8Array([0x00, 0xd8]))), codes(new TextDecoder('utf-16be').decode(new Uint8Array([0xd8, 0x00, 0x00, 0x41]))));
`
	for _, c := range []struct{ date, want string }{
		{"2025-08-15", "[55296,65]\nno throw\n[\"\",\"\U0001F600\"]\n[65533]\n[55296] [65533,65]\n"},
		{"2026-11-17", "[65533,65]\nFailed to decode input.\n[\"\",\"\U0001F600\"]\n[65533]\n[65533] [65533,65]\n"},
	} {
		if got := runAt(t, c.date, src); got != c.want {
			t.Errorf("%s: got %q, want %q", c.date, got, c.want)
		}
	}
}

// TestCodingStreams: TextEncoderStream and TextDecoderStream as workerd
// 2026-11-17 has them (the same script is conformance case 1202).
func TestCodingStreams(t *testing.T) {
	got := run(t, "(async () => {\n"+codingStreamsJS+"\n})();")
	if got != codingStreamsWant {
		t.Fatalf("got:\n%s\nwant:\n%s", got, codingStreamsWant)
	}
}

const codingStreamsJS = `async function readAll(rs) { const r = rs.getReader(); const out = []; for (;;) { const { done, value } = await r.read(); if (done) return out; out.push(typeof value === 'string' ? JSON.stringify(value) : value.constructor.name + ':' + Array.from(value).join(',')); } }
function attempt(f) { try { return JSON.stringify(f()); } catch (e) { return e.constructor.name + ': ' + e.message; } }
console.log(attempt(() => [Object.getPrototypeOf(TextEncoderStream.prototype) === TransformStream.prototype, new TextEncoderStream() instanceof TransformStream, String(new TextDecoderStream()), Reflect.ownKeys(TextDecoderStream.prototype).map(String)]));
console.log(attempt(() => new TextDecoderStream('nope')), attempt(() => TextEncoderStream()));
console.log(attempt(() => [new TextDecoderStream().fatal, new TextDecoderStream('utf-8', {}).fatal, new TextDecoderStream('latin1', { fatal: false, ignoreBOM: 1 }).ignoreBOM, new TextDecoderStream('latin1').encoding]));
const es = new TextEncoderStream(); const w = es.writable.getWriter(); w.write('h\u00e9\ud800'); w.write(5); w.write('\ud83d'); w.write(''); w.write('\ude00'); w.write('\ud83d'); w.close();
console.log((await readAll(es.readable)).join(' | '));
const ds = new TextDecoderStream(); const dw = ds.writable.getWriter(); dw.write(new Uint8Array([0xef, 0xbb, 0xbf, 0xe2, 0x82])); dw.write(new Uint8Array([0xac, 0x41]).buffer); dw.write(new Uint8Array([0xe2])); dw.close();
console.log((await readAll(ds.readable)).join(' | '));
const bad = new TextDecoderStream(); bad.writable.getWriter().write('str').catch((e) => console.log('write', e.constructor.name + ': ' + e.message));
const fatal = new TextDecoderStream('utf-8', { fatal: true }); fatal.writable.getWriter().write(new Uint8Array([0xff])).catch((e) => console.log('fatal', e.constructor.name + ': ' + e.message));
await new Promise((r) => setTimeout(r, 5));
`

const codingStreamsWant = "[true,true,\"[object TextDecoderStream]\",[\"encoding\",\"fatal\",\"ignoreBOM\",\"constructor\",\"Symbol(Symbol.toStringTag)\",\"Symbol(cloudflare:internal-class)\",\"Symbol(kResourceTypeInspect)\"]]\nRangeError: \"nope\" is not a valid encoding. TypeError: Failed to construct 'TextEncoderStream': Please use the 'new' operator, this object constructor cannot be called as a function.\n[false,true,true,\"windows-1252\"]\nUint8Array:104,195,169 | Uint8Array:239,191,189,53 | Uint8Array:240,159,152,128 | Uint8Array:239,191,189\n\"€A\" | \"�\"\nwrite TypeError: This TransformStream is being used as a byte stream, but received a value that is not a BufferSource.\nfatal TypeError: Failed to decode input.\n"
