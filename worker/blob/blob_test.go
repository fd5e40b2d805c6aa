package blob_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
)

func run(t *testing.T, src string) string {
	t.Helper()
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil), Stdout: &out, Stderr: &errb})
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

// try prints a value or the exception as workerd's cases do.
const try = `function t(f) { try { console.log(String(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
`

// The expected outputs are workerd 2026-12-01's (compatibility date 2025-08-15).
var cases = []struct{ name, src, want string }{
	{"shape", `
		console.log(Object.getOwnPropertyNames(Blob.prototype).join(), Object.getOwnPropertyNames(File.prototype).join());
		console.log(Blob.length, File.length, Object.getPrototypeOf(File) === Function.prototype, Object.getPrototypeOf(File.prototype) === Blob.prototype);
		const d = Object.getOwnPropertyDescriptor(Blob.prototype, 'size');
		console.log(d.enumerable, d.configurable, d.get.name === '', Blob.prototype.slice.length);
		console.log(Object.prototype.toString.call(new Blob()), Object.prototype.toString.call(new File([], 'f')));
		console.log(JSON.stringify(new File(['x'], 'n')), new File([], 'n') instanceof Blob, 'Blob' in globalThis, Object.hasOwn(globalThis, 'Blob'));`,
		"size,type,slice,arrayBuffer,bytes,text,stream,constructor name,lastModified,constructor\n0 0 true true\ntrue true true 0\n[object Blob] [object File]\n{} true true false\n"},
	{"constructor errors", try + `
		t(() => Blob());
		t(() => new Blob('abc'));
		t(() => new Blob(null));
		t(() => new Blob(new Uint8Array(2)));
		t(() => new Blob([], 123));
		t(() => new Blob([], {endings: 'native'}));
		t(() => new Blob([Symbol()]));
		t(() => new Blob([{toString: null, valueOf: null}]));
		t(() => new File(['x']));
		t(() => new File(null, 'x'));
		t(() => new File([], 'x', 5));
		t(() => Blob.prototype.size);
		t(() => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob([])));`,
		`TypeError: Failed to construct 'Blob': Please use the 'new' operator, this object constructor cannot be called as a function.
TypeError: Failed to construct 'Blob': constructor parameter 1 is not of type 'Array'.
TypeError: Failed to construct 'Blob': constructor parameter 1 is not of type 'Array'.
TypeError: Failed to construct 'Blob': constructor parameter 1 is not of type 'Array'.
TypeError: Failed to construct 'Blob': constructor parameter 2 is not of type 'Options'.
[object Blob]
TypeError: Cannot convert a Symbol value to a string
TypeError: Cannot convert object to primitive value
TypeError: Failed to construct 'File': constructor parameter 2 is not of type 'string'.
TypeError: Failed to construct 'File': constructor parameter 1 is not of type 'Array'.
TypeError: Failed to construct 'File': constructor parameter 3 is not of type 'Options'.
TypeError: Illegal invocation: function called with incorrect ` + "`this`" + ` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details.
TypeError: Illegal invocation: function called with incorrect ` + "`this`" + ` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details.
`},
	{"parts", `
		var arr = [{ toString() { arr.pop(); return 'PASS'; } }, { toString() { return 'no'; } }];
		const u = new Uint8Array([0x61, 0x62, 0x63]);
		const parts = [new Blob(['x']), u.buffer, new Uint16Array(u.buffer, 0, 1), new DataView(u.buffer, 1), 1, null, undefined];
		Promise.all([new Blob(arr).text(), new Blob(parts).text(), new File(['a', new File(['bc'], 'q')], 'x').text()])
			.then((r) => console.log(JSON.stringify(r)));`,
		`["PASSundefined","xabcabbc1nullundefined","abc"]` + "\n"},
	{"types", `
		for (const ty of ['image/gif;', 'TEXT/HTML;Charset=UTF-8', '\u00ff', 'te\x7fxt', 'te\x09xt', 'a\x00', 'ü/b'])
			console.log(JSON.stringify([new Blob([], {type: ty}).type, new Blob(['x']).slice(0, 1, ty).type, new File([], 'n', {type: ty}).type]));
		console.log(new Blob([], {type: 'A'}).slice(0, 0, 5).type, new Blob([], {type: 'A'}).slice(0, 0, null).type);`,
		`["image/gif;","image/gif;","image/gif;"]
["text/html;charset=utf-8","text/html;charset=utf-8","text/html;charset=utf-8"]
["","",""]
["","",""]
["","",""]
["","",""]
["","",""]
5 null
`},
	{"slice", try + `
		const b = new Blob(['abcdef']);
		for (const [s, e] of [[1, -1], [-2, undefined], [Infinity, -Infinity], [-Infinity, Infinity], [NaN, 2], ['1', {valueOf() { return 3; }}], [1.9, 3.9], [4, 2]])
			console.log(String(s), String(e), b.slice(s, e).size);
		t(() => b.slice(2 ** 53));
		t(() => b.slice(0, 2 ** 32 + 2));
		t(() => b.slice(1n));
		t(() => b.slice(0, 1) instanceof File);`,
		`1 -1 4
-2 undefined 2
Infinity -Infinity 0
-Infinity Infinity 6
NaN 2 2
1 [object Object] 2
1.9 3.9 2
4 2 0
[object Blob]
[object Blob]
TypeError: Cannot convert a BigInt value to a number
false
`},
	{"file options", `
		const acc = [];
		new File([], 'x', { get type() { acc.push('type'); }, get endings() { acc.push('endings'); }, get lastModified() { acc.push('lastModified'); } });
		console.log(acc.join());
		for (const lm of [5, -1.5, NaN, '12', 'abc', Infinity, new Date(42)]) console.log(new File([], 'x', {lastModified: lm}).lastModified);
		for (const n of [123, null, undefined]) console.log(new File([], n).name);
		console.log(typeof new File([], 'x').lastModified, new File([], 'x').lastModified > 1e12);`,
		"type,lastModified,endings\n5\n-1.5\n0\n12\n0\nInfinity\n42\n123\nnull\nundefined\nnumber true\n"},
	{"reads resolve one tick late", `
		const b = new Blob(['abc']);
		const order = [];
		b.text().then(() => order.push('text'));
		b.arrayBuffer().then(() => order.push('ab'));
		b.bytes().then(() => order.push('bytes'));
		Promise.resolve().then(() => order.push('p1')).then(() => order.push('p2')).then(() => order.push('p3'));
		setTimeout(() => console.log(order.join()), 0);
		b.bytes().then((u) => console.log(Object.prototype.toString.call(u), u.length, u.buffer.byteLength));
		new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe2, 0x82, 0x62, 0xff])]).text().then((s) => console.log(JSON.stringify(s)));`,
		"[object Uint8Array] 3 3\n\"\ufeffa\ufffdb\ufffd\"\np1,text,ab,bytes,p2,p3\n"},
	{"clone", `
		const b = new Blob(['hello'], {type: 'Text/Plain'});
		const c = structuredClone({a: b, b: b});
		console.log(c.a !== b, c.a === c.b, c.a instanceof Blob, c.a.size, c.a.type);
		try { structuredClone(new File(['x'], 'a.txt')); } catch (e) { console.log(e.constructor.name + ': ' + e.name + ': ' + e.message); }
		const ch = new MessageChannel();
		ch.port2.onmessage = (e) => { e.data.text().then((t) => { console.log('port', t); ch.port1.close(); }); };
		ch.port1.postMessage(b);`,
		"true true true 5 text/plain\nDOMException: DataCloneError: Could not serialize object of type \"File\". This type does not support serialization.\nport hello\n"},
}

func TestBlob(t *testing.T) {
	for _, c := range cases {
		if dir := os.Getenv("MCREPL_DUMP_CASES"); dir != "" {
			// writes the scripts for recording them with workerd (testdata/conformance)
			name := strings.ReplaceAll(c.name, " ", "-")
			_ = os.WriteFile(filepath.Join(dir, name+".js"), []byte(strings.TrimLeft(c.src, "\n")+"\n"), 0o644)
		}
		t.Run(c.name, func(t *testing.T) {
			got := run(t, c.src)
			// the event log is off in worker.Config's default
			if got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

func TestDecodeUTF8(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"abc", "abc"},
		{"\xef\xbb\xbfabc", "\ufeffabc"},
		{"\xe2\x82", "\ufffd"},
		{"\xe2\x82a", "\ufffda"},
		{"\xf0\x9f\x98", "\ufffd"},
		{"\xf0\x9f\x98\x80", "😀"},
		{"\xed\xa0\x80", "\ufffd\ufffd\ufffd"},
		{"\xc0\xaf", "\ufffd\ufffd"},
		{"\xf4\x90\x80\x80", "\ufffd\ufffd\ufffd\ufffd"},
		{"\x80\xff", "\ufffd\ufffd"},
	} {
		if got := blobDecode(c.in); got != c.want {
			t.Errorf("DecodeUTF8(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func blobDecode(s string) string { return strings.Clone(decode([]byte(s))) }

// TestHostileArguments calls the constructors, slice and structuredClone
// with random hostile arguments: each returns or throws a JS error.
func TestHostileArguments(t *testing.T) {
	src, err := os.ReadFile("testdata/hostile.js")
	if err != nil {
		t.Fatal(err)
	}
	if got := run(t, string(src)); got != "calls 10000\n" {
		t.Errorf("got %q", got)
	}
}
