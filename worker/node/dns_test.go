package node_test

import (
	"testing"

	"github.com/mcrepl/mcrepl/trace"
)

// TestDNSWithoutNet: node:dns resolves through the isolate's fetch(), so
// without --allow-net its request to cloudflare-dns.com is refused (the
// fetch's TypeError says how to allow it) and the call fails as workerd's
// does when its fetch fails: EBADQUERY, or ENOTFOUND from lookup, which
// counts a failed request as no answer (it asks for A and AAAA, two
// refused fetches). An IP address needs no request.
func TestDNSWithoutNet(t *testing.T) {
	const src = `
		const dns = process.getBuiltinModule('node:dns');
		const real = fetch;
		const refused = [];
		globalThis.fetch = (...args) => real(...args).catch((e) => { refused.push(e.constructor.name + ': ' + e.message.split(':')[0]); throw e; });
		(async () => {
			for (const f of [() => dns.promises.resolve4('example.com'), () => dns.promises.resolveTxt('example.com'), () => dns.promises.lookup('example.com'), () => dns.promises.lookup('example.com', 6)]) {
				try { console.log(JSON.stringify(await f())); } catch (e) { console.log(e.code, e.syscall, e.hostname); }
			}
			console.log(JSON.stringify(await dns.promises.lookup('192.0.2.1')));
			console.log(refused.join('\n'));
		})();`
	out, errs := run(t, "2026-11-23", "", src, trace.Off)
	want := `EBADQUERY queryA example.com
EBADQUERY queryTXT example.com
ENOTFOUND queryA example.com
EBADQUERY queryAAAA example.com
{"address":"192.0.2.1","family":4}
TypeError: fetch() of cloudflare-dns.com is not allowed
TypeError: fetch() of cloudflare-dns.com is not allowed
TypeError: fetch() of cloudflare-dns.com is not allowed
TypeError: fetch() of cloudflare-dns.com is not allowed
TypeError: fetch() of cloudflare-dns.com is not allowed
`
	if out != want || errs != "" {
		t.Errorf("got:\n%s(stderr %q)\nwant:\n%s", out, errs, want)
	}
}
