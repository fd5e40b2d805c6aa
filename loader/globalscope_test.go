package loader

import (
	"strings"
	"testing"

	"github.com/mcrepl/mcrepl/worker/events"
)

// globalScopeCases are what a Worker's top-level code may and may not do,
// as workerd 2026-12-01 `serve` answered them (a module whose top level runs
// each in try/catch, its fetch handler returning the results): "throws" is
// workerd's Error thrown at once, "rejects" a promise rejected with it, "ok"
// no error (a promise that resolves, for the functions that return one).
var globalScopeCases = []struct{ name, code, want string }{
	{"setTimeout", `setTimeout(() => {}, 1)`, "throws"},
	{"setInterval", `setInterval(() => {}, 1)`, "throws"},
	{"clearTimeout", `clearTimeout(1)`, "throws"},
	{"clearInterval", `clearInterval(1)`, "throws"},
	{"setImmediate", `setImmediate(() => {})`, "throws"},
	{"crypto.getRandomValues", `crypto.getRandomValues(new Uint8Array(4))`, "throws"},
	{"crypto.randomUUID", `crypto.randomUUID()`, "throws"},
	{"new Response(string)", `new Response('x')`, "throws"},
	{"new Response(empty string)", `new Response('')`, "throws"},
	{"new Response(ArrayBuffer)", `new Response(new ArrayBuffer(0))`, "throws"},
	{"new Response(FormData)", `new Response(new FormData())`, "throws"},
	{"new Response(Blob)", `new Response(new Blob(['x']))`, "throws"},
	{"Response.json", `Response.json({})`, "throws"},
	{"Response.redirect", `Response.redirect('http://x/')`, "throws"},
	{"new Request with a body", `new Request('http://x/', { method: 'POST', body: 'x' })`, "throws"},
	{"Blob.stream", `new Blob(['x']).stream()`, "throws"},
	{"WebSocketPair", `new WebSocketPair()`, "throws"},
	{"new WebSocket", `new WebSocket('ws://127.0.0.1:1/')`, "throws"},
	{"new WebSocket with a bad URL", `new WebSocket('bad')`, "throws"},
	{"Response.json(undefined)", `Response.json(undefined)`, "throws"},
	{"new Request GET with a body", `new Request('http://x/', { body: 'x' })`, "throws"},
	{"node:crypto generateKeySync hmac", `nodeCrypto.generateKeySync('hmac', { length: 64 })`, "throws"},
	{"setTimeout of a string", `setTimeout('x', 1)`, "TypeError: The \"callback\" argument must be of type function. Received type string ('x')"},
	{"AbortSignal.timeout", `AbortSignal.timeout(10)`, "throws"},
	{"CompressionStream", `new CompressionStream('gzip')`, "throws"},
	{"DecompressionStream", `new DecompressionStream('gzip')`, "throws"},
	{"IdentityTransformStream", `new IdentityTransformStream()`, "throws"},
	{"FixedLengthStream", `new FixedLengthStream(1)`, "throws"},
	{"connect", `connect('127.0.0.1:1')`, "throws"},
	{"node:crypto randomBytes", `nodeCrypto.randomBytes(4)`, "throws"},
	{"node:crypto randomUUID", `nodeCrypto.randomUUID()`, "throws"},
	{"node:crypto randomInt", `nodeCrypto.randomInt(10)`, "throws"},
	{"node:timers setTimeout", `nodeTimers.setTimeout(() => {}, 1)`, "throws"},
	{"EventSource", `new EventSource('http://127.0.0.1:1/')`, "NotSupportedError: An EventSource can only be created within the context of a worker request."},

	{"fetch", `fetch('http://127.0.0.1:1/')`, "rejects"},
	{"scheduler.wait", `scheduler.wait(1)`, "rejects"},
	{"node:timers/promises setTimeout", `nodeTimersPromises.setTimeout(1)`, "rejects"},
	{"caches.default.match", `caches.default.match('http://x/')`, "rejects"},
	{"caches.default.put", `caches.default.put('http://x/', new Response(null))`, "rejects"},
	{"generateKey HMAC", `crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign'])`, "rejects"},
	{"generateKey AES-GCM", `crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt'])`, "rejects"},

	{"queueMicrotask", `queueMicrotask(() => {})`, "ok"},
	{"Math.random", `Math.random()`, "ok"},
	{"crypto.subtle.digest", `crypto.subtle.digest('SHA-256', new Uint8Array(1))`, "ok"},
	{"generateKey ECDSA", `crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign'])`, "ok"},
	{"new Response(null)", `new Response(null)`, "ok"},
	{"new Response(ReadableStream)", `new Response(new ReadableStream())`, "ok"},
	{"Response.error", `Response.error()`, "ok"},
	{"new Request without a body", `new Request('http://x/')`, "ok"},
	{"new Request with a stream body", `new Request('http://x/', { method: 'POST', body: new ReadableStream(), duplex: 'half' })`, "ok"},
	{"ReadableStream read", `new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).getReader().read()`, "ok"},
	{"TransformStream", `new TransformStream()`, "ok"},
	{"Blob.text", `new Blob(['x']).text()`, "ok"},
	{"MessageChannel postMessage", `new MessageChannel().port1.postMessage(1)`, "ok"},
	{"structuredClone", `structuredClone({ a: 1 })`, "ok"},
	{"TextEncoder", `new TextEncoder().encode('x')`, "ok"},
	{"URL", `new URL('http://x/')`, "ok"},
	{"EventTarget dispatch", `new EventTarget().dispatchEvent(new Event('x'))`, "ok"},
	{"performance.now", `performance.now()`, "ok"},
	{"Date.now", `Date.now()`, "ok"},
	{"HTMLRewriter", `new HTMLRewriter()`, "ok"},
	{"navigator.sendBeacon", `navigator.sendBeacon('http://127.0.0.1:1/', 'x')`, "ok"},
	{"FormData", `new FormData()`, "ok"},
	{"DigestStream", `new crypto.DigestStream('SHA-256')`, "ok"},
	{"AbortController", `new AbortController().abort()`, "ok"},
	{"caches.open", `caches.open('x')`, "ok"},
	{"process.nextTick", `process.nextTick(() => {})`, "ok"},
	{"node:crypto createHash", `nodeCrypto.createHash('sha256').update('x').digest('hex')`, "ok"},
}

// globalScopeModule is a module that runs every case at its top level
// (inHandler: in test()) and prints the outcomes from test(), once the
// promises have settled.
func globalScopeModule(inHandler bool) string {
	var b strings.Builder
	b.WriteString(`import nodeCrypto from 'node:crypto';
import * as nodeTimers from 'node:timers';
import * as nodeTimersPromises from 'node:timers/promises';
import { connect } from 'cloudflare:sockets';
const MSG = ` + "`" + events.GlobalScopeMessage + "`" + `;
const out = [];
function t(name, f) {
  let v;
  try { v = f(); } catch (e) {
    out.push(Promise.resolve(name + ': ' + (e.name === 'Error' && e.message === MSG ? 'throws' : e.name + ': ' + e.message)));
    return;
  }
  if (v && typeof v.then === 'function') {
    out.push(v.then(() => name + ': ok', (e) => name + ': ' + (e.name === 'Error' && e.message === MSG ? 'rejects' : 'rejects ' + e.name + ': ' + e.message)));
  } else {
    out.push(Promise.resolve(name + ': ok'));
  }
}
function cases() {
`)
	for _, c := range globalScopeCases {
		b.WriteString("  t(" + jsString(c.name) + ", () => " + c.code + ");\n")
	}
	b.WriteString("}\n")
	if inHandler {
		b.WriteString("export default { async test() { cases(); for (const r of await Promise.all(out)) console.log(r); } };\n")
	} else {
		b.WriteString("cases();\nconst results = await Promise.all(out);\nexport default { test() { for (const r of results) console.log(r); } };\n")
	}
	return b.String()
}

func jsString(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }

// TestGlobalScope runs each case at a module's top level and compares the
// outcome with workerd's.
func TestGlobalScope(t *testing.T) {
	writeFiles(t, map[string]string{"gs.mjs": globalScopeModule(false)})
	r := load(t, "gs.mjs", "")
	if r.err != nil {
		t.Fatalf("run: %v\n%s", r.err, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(globalScopeCases) {
		t.Fatalf("got %d lines, want %d:\n%s\n%s", len(lines), len(globalScopeCases), r.stdout, r.stderr)
	}
	for i, c := range globalScopeCases {
		if want := c.name + ": " + c.want; lines[i] != want {
			t.Errorf("got %q, want %q", lines[i], want)
		}
	}
}

// TestGlobalScopeInHandler runs the same cases in test(), a handler, where
// none is refused for being in global scope.
func TestGlobalScopeInHandler(t *testing.T) {
	writeFiles(t, map[string]string{"gs.mjs": globalScopeModule(true)})
	r := load(t, "gs.mjs", "")
	for _, line := range strings.Split(r.stdout, "\n") {
		if strings.HasSuffix(line, ": throws") || strings.HasSuffix(line, ": rejects") {
			t.Errorf("refused in a handler: %s", line)
		}
	}
	if !strings.Contains(r.stdout, "setTimeout: ok") {
		t.Fatalf("got %q %q", r.stdout, r.stderr)
	}
}

// TestGlobalScopeImportedModule: a module the entry imports runs in global
// scope too, and the scope ends before test() runs.
func TestGlobalScopeImportedModule(t *testing.T) {
	writeFiles(t, map[string]string{
		"main.mjs": `import { got } from './dep.mjs';
export default { test() { console.log(got); setTimeout(() => console.log('timer in test'), 0); return new Promise((r) => setTimeout(r, 5)); } };
`,
		"dep.mjs": `export let got = 'allowed';
await null;
try { crypto.randomUUID(); } catch (e) { got = e.message.slice(0, 41); }
`,
	})
	r := load(t, "main.mjs", "")
	if want := "Disallowed operation called within global\ntimer in test\n"; r.err != nil || r.stdout != want {
		t.Fatalf("got %v %q %q", r.err, r.stdout, r.stderr)
	}
}

// TestGlobalScopeMicrotasks: the microtasks the top level queues run in
// global scope, however deep, as in workerd, without a top-level await too.
func TestGlobalScopeMicrotasks(t *testing.T) {
	writeFiles(t, map[string]string{"a.mjs": `let r = 'allowed';
Promise.resolve().then(() => null).then(() => null).then(() => { try { crypto.randomUUID(); } catch (e) { r = e.message.slice(0, 41); } });
export default { test() { console.log(r); } };
`})
	r := load(t, "a.mjs", "")
	if r.err != nil || r.stdout != "Disallowed operation called within global\n" {
		t.Fatalf("got %v %q %q", r.err, r.stdout, r.stderr)
	}
}

// TestGlobalScopeUncaught: a refused call that escapes the top level fails
// the run with workerd's message, and test() never runs.
func TestGlobalScopeUncaught(t *testing.T) {
	writeFiles(t, map[string]string{"a.mjs": "setTimeout(() => {}, 1);\nexport default { test() { console.log('test ran'); } };\n"})
	r := load(t, "a.mjs", "")
	if r.err == nil || r.stdout != "" || !strings.HasPrefix(r.stderr, "Uncaught Error: "+events.GlobalScopeMessage+"\n    at a.mjs:1:") {
		t.Fatalf("got %v %q %q", r.err, r.stdout, r.stderr)
	}
}

// TestClassicScriptNotInGlobalScope: `mcrepl run` of a classic script is
// mcrepl's script runner, not a Worker: its top level may set timers.
func TestClassicScriptNotInGlobalScope(t *testing.T) {
	writeFiles(t, map[string]string{"a.js": "setTimeout(() => console.log('fired', crypto.randomUUID().length), 1);\n"})
	r := load(t, "a.js", "")
	if r.err != nil || r.stdout != "fired 36\n" {
		t.Fatalf("got %v %q %q", r.err, r.stdout, r.stderr)
	}
}
