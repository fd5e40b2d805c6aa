package worker

import (
	"strings"
	"testing"
)

// TestNoAmbientAuthority: a script has no way to reach the file system, the
// network (fetch refuses it without --allow-net), the environment, other processes or the process itself. Every
// door that Node, Deno, Bun or a browser would offer is absent (typeof is
// "undefined", a call is a ReferenceError), and none is reachable through
// the global object or a constructor's back door. The Node.js globals that
// workerd has from 2026-08-04 (process, Buffer, global, setImmediate) reach
// nothing: process.env is empty, process.exit and process.binding throw.
// navigator is workerd's too: a user agent string and a CPU count, no door;
// and caches is workerd's Cache API without a cache: it stores nothing
// (TestAmbientAuthorityRefused).
func TestNoAmbientAuthority(t *testing.T) {
	absent := []string{
		"require", "module", "exports", "Deno", "Bun",
		"XMLHttpRequest",
		"Worker", "SharedWorker", "importScripts", "WebAssembly",
		"__dirname", "__filename",
		"indexedDB", "localStorage", "sessionStorage",
	}
	var src strings.Builder
	src.WriteString("const seen = [];\n")
	for _, name := range absent {
		src.WriteString("if (typeof " + name + " !== 'undefined' || '" + name + "' in globalThis) seen.push('" + name + "');\n")
	}
	src.WriteString("console.log(seen.length ? 'present: ' + seen.join(' ') : 'none');\n")
	out, stderr, err := run(t, src.String())
	if err != nil || out != "none\n" {
		t.Fatalf("got %q (stderr %q, %v)", out, stderr, err)
	}
}

func TestAmbientAuthorityRefused(t *testing.T) {
	cases := []struct{ src, want string }{
		{`require('fs')`, "Uncaught ReferenceError: require is not defined"},
		{`caches.default.put('http://x/', new Response('x'))`, "Uncaught (in promise) Error: No Cache was configured"},
		{`process.exit(3)`, "Uncaught Error: The Node.js process.exit(3) API was called. Canceling the request."},
		{`if (Object.keys(process.env).length === 0) process.binding('fs')`, "Uncaught Error: The process.binding method is not implemented"},
		{`Deno.readTextFileSync('/etc/passwd')`, "Uncaught ReferenceError: Deno is not defined"},
		{`Bun.file('/etc/passwd')`, "Uncaught ReferenceError: Bun is not defined"},
		{`fetch('http://127.0.0.1/')`, "Uncaught (in promise) TypeError: fetch() of 127.0.0.1 is not allowed: mcrepl reaches no network unless you allow it."},
		// WebSocket connects only with --allow-net; its error event says so.
		{`new WebSocket('ws://127.0.0.1/').addEventListener('error', (e) => { throw e.error; })`, "Uncaught TypeError: new WebSocket() of 127.0.0.1 is not allowed"},
		{`navigator.sendBeacon('http://127.0.0.1/', 'x')`, "Uncaught TypeError: fetch() of 127.0.0.1 is not allowed"},
		// EventSource is workerd's class; it connects through fetch().
		{`new EventSource('http://127.0.0.1/').onerror = (e) => { throw e.error; }`, "Uncaught TypeError: fetch() of 127.0.0.1 is not allowed"},
		{`new Worker('x.js')`, "Uncaught ReferenceError: Worker is not defined"},
		{`globalThis.constructor.constructor('return process')().exit(1)`, "Uncaught EvalError: Code generation from strings disallowed for this context"},
		{`(function () { return this })().require('fs')`, "Uncaught TypeError"},
		{`import('fs')`, "SyntaxError"},
	}
	for _, c := range cases {
		_, stderr, err := run(t, c.src)
		if err == nil || !strings.Contains(stderr+err.Error(), c.want) {
			t.Errorf("%s: got stderr %q, %v; want %q", c.src, stderr, err, c.want)
		}
	}
}
