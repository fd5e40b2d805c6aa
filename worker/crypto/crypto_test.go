package crypto_test

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/crypto"
)

func run(t *testing.T, src string) string {
	t.Helper()
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil), Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := w.Run(ctx, "test.js", src); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	if errb.Len() > 0 {
		t.Fatalf("stderr: %s", errb.String())
	}
	return out.String()
}

// TestKnownAnswers runs every algorithm on RFC and NIST vectors (the
// script prints "kat ok" where it checks one itself) and on keys and
// signatures made by node; testdata/known-answers.out is workerd
// 2026-11-17's output for the same script (conformance case 1310).
func TestKnownAnswers(t *testing.T) {
	src, err := os.ReadFile("testdata/known-answers.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/known-answers.out")
	if err != nil {
		t.Fatal(err)
	}
	got := run(t, "(async () => {\n"+string(src)+"\n})().catch((e) => console.log('FAILED', e.name, e.message));")
	if got != string(want) {
		t.Errorf("got\n%s\nwant (workerd)\n%s", got, want)
	}
	if bytes.Contains([]byte(got), []byte("MISMATCH")) {
		t.Error("a known answer does not match")
	}
}

// The expected outputs are workerd 2026-11-17's.
var cases = []struct{ name, src, want string }{
	{"random values", `
		const t = (f) => { try { f(); console.log('ok'); } catch (e) { console.log(e.name + ': ' + e.message); } };
		t(() => crypto.getRandomValues(new Float64Array(1)));
		t(() => crypto.getRandomValues(new Uint8Array(65537)));
		t(() => crypto.getRandomValues(new BigInt64Array(8192)));
		t(() => crypto.getRandomValues({}));
		const u = new Uint32Array(64); crypto.getRandomValues(u);
		console.log(u.some((x) => x !== 0), new Set(Array.from({ length: 100 }, () => crypto.randomUUID())).size);
		console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID()));`,
		"TypeMismatchError: ArrayBufferView argument to getRandomValues() must be an integer-typed view.\n" +
			"QuotaExceededError: getRandomValues() only accepts buffers of size <= 64K but provided 65537 bytes.\n" +
			"ok\nTypeError: Failed to execute 'getRandomValues' on 'Crypto': parameter 1 is not of type 'ArrayBufferView'.\ntrue 100\ntrue\n"},
	{"settles one tick late", `
		const order = [];
		crypto.subtle.digest('SHA-256', new Uint8Array(1)).then(() => order.push('digest'));
		crypto.subtle.digest('nope', new Uint8Array(1)).catch(() => order.push('rejected'));
		Promise.resolve().then(() => order.push('p1')).then(() => order.push('p2')).then(() => order.push('p3'));
		setTimeout(() => console.log(order.join()), 0);`,
		"p1,digest,rejected,p2,p3\n"},
	{"key clone refused", `
		crypto.subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['encrypt']).then((k) => {
			try { structuredClone({ k }); } catch (e) { console.log(e.name + ': ' + e.message); }
		});`,
		"DataCloneError: Could not serialize object of type \"CryptoKey\". This type does not support serialization.\n"},
	{"timingSafeEqual", `
		const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name + ': ' + e.message); } };
		t(() => crypto.subtle.timingSafeEqual(new Uint8Array([1, 2]), new Uint16Array([0x0201])));
		t(() => crypto.subtle.timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
		t(() => crypto.subtle.timingSafeEqual(new Uint8Array(2), new Uint8Array(3)));`,
		"true\nfalse\nTypeError: Input buffers must have the same byte length.\n"},
}

func TestCrypto(t *testing.T) {
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := run(t, c.src); got != c.want {
				t.Errorf("got\n%s\nwant\n%s", got, c.want)
			}
		})
	}
}

// TestHostileArguments calls every method with random hostile arguments:
// each call settles with a JS exception or a value, never a Go panic.
func TestHostileArguments(t *testing.T) {
	src, err := os.ReadFile("testdata/hostile.js")
	if err != nil {
		t.Fatal(err)
	}
	before := crypto.InternalErrors()
	if got := run(t, string(src)); got != "settled 4800\n" {
		t.Errorf("got %q", got)
	}
	if n := crypto.InternalErrors() - before; n != 0 {
		t.Errorf("%d Go runtime errors became rejections", n)
	}
}
