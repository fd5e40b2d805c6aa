package url_test

import (
	"strings"
	"testing"
)

// TestURLAPI's expected lines are what workerd 2026-11-17 prints for the same
// expressions (compatibility date 2025-08-15), recorded with workerd test.
func TestURLAPI(t *testing.T) {
	cases := []struct{ name, expr, want string }{
		{"keys of URL.prototype", "Reflect.ownKeys(URL.prototype).map(String)", "[\"origin\",\"href\",\"protocol\",\"username\",\"password\",\"host\",\"hostname\",\"port\",\"pathname\",\"search\",\"hash\",\"searchParams\",\"toJSON\",\"toString\",\"constructor\",\"Symbol(Symbol.toStringTag)\",\"Symbol(cloudflare:internal-class)\",\"Symbol(kResourceTypeInspect)\"]"},
		{"keys of URLSearchParams.prototype", "Reflect.ownKeys(URLSearchParams.prototype).map(String)", "[\"size\",\"append\",\"delete\",\"get\",\"getAll\",\"has\",\"set\",\"sort\",\"entries\",\"keys\",\"values\",\"forEach\",\"toString\",\"constructor\",\"Symbol(Symbol.toStringTag)\",\"Symbol(cloudflare:internal-class)\",\"Symbol(kResourceTypeInspect)\",\"Symbol(Symbol.iterator)\"]"},
		{"statics", "Object.keys(URL)", "[\"canParse\",\"parse\",\"createObjectURL\",\"revokeObjectURL\"]"},
		{"components", "(() => { const u = new URL('https://user:pw@EXAMPLE.com:8080/a/../b/./c?x=1&y=2#h'); return [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]; })()", "[\"https://user:pw@example.com:8080/b/c?x=1&y=2#h\",\"https://example.com:8080\",\"https:\",\"user\",\"pw\",\"example.com:8080\",\"example.com\",\"8080\",\"/b/c\",\"?x=1&y=2\",\"#h\"]"},
		{"relative", "new URL('../x?q#f', 'http://h/a/b/c').href", "\"http://h/a/x?q#f\""},
		{"default port dropped", "new URL('https://h:443/').href", "\"https://h/\""},
		{"ipv4 forms", "[new URL('http://0x7f.1/').host, new URL('http://3232235777/').host, new URL('http://[::ffff:192.168.0.1]/').host, new URL('http://[1:0:0:2:0:0:0:3]/').host]", "[\"127.0.0.1\",\"192.168.1.1\",\"[::ffff:c0a8:1]\",\"[1:0:0:2::3]\"]"},
		{"idna", "new URL('http://Bücher.example/').hostname", "\"xn--bcher-kva.example\""},
		{"opaque path", "[new URL('data:text/plain,a b ?q').href, new URL('mailto:x@y').pathname]", "[\"data:text/plain,a b%20?q\",\"x@y\"]"},
		{"file", "[new URL('file:///C|/x').href, new URL('file://localhost/etc').href, new URL('/x', 'file:///C:/a/b').href]", "[\"file:///C:/x\",\"file:///etc\",\"file:///C:/x\"]"},
		{"invalid", "new URL('http://a b/')", "TypeError TypeError undefined: Invalid URL string."},
		{"invalid base", "new URL('x', 'nope')", "TypeError TypeError undefined: Invalid URL string."},
		{"no argument", "new URL()", "TypeError TypeError undefined: Failed to construct 'URL': constructor parameter 1 is not of type 'USVString'."},
		{"parse and canParse", "[URL.parse('nope'), URL.parse('b', 'http://a/').href, URL.canParse('http://x'), URL.canParse('x')]", "[null,\"http://a/b\",true,false]"},
		{"canParse no argument", "URL.canParse()", "TypeError TypeError undefined: Failed to execute 'canParse' on 'URL': parameter 1 is not of type 'USVString'."},
		{"href setter refuses", "(() => { const u = new URL('http://a/'); u.href = 'nope'; })()", "TypeError TypeError undefined: Failed to set the 'href' property on 'URL': the provided value is not of type 'valid URL string'."},
		{"setters", "(() => { const u = new URL('http://a/p?q#f'); u.protocol = 'https'; u.username = 'me'; u.password = 'p@ss'; u.host = 'b.example:81'; u.pathname = 'x y'; u.search = 'a=1'; u.hash = 'top'; return u.href; })()", "\"https://me:p%40ss@b.example:81/x%20y?a=1#top\""},
		{"setters that do nothing", "(() => { const u = new URL('http://a:8080/'); u.protocol = 'file'; u.port = 'abc'; u.hostname = ''; return u.href; })()", "\"http://a:8080/\""},
		{"host setter keeps the host when the port fails", "(() => { const u = new URL('http://a/'); u.host = 'b:99999'; return u.href; })()", "\"http://b/\""},
		{"searchParams live", "(() => { const u = new URL('http://a/?x=1'); const sp = u.searchParams; sp.append('y', 'a b'); u.search = '?z=3'; return [u.href, sp.toString(), sp === u.searchParams]; })()", "[\"http://a/?z=3\",\"z=3\",true]"},
		{"searchParams empties the query", "(() => { const u = new URL('http://a/?x'); u.searchParams.delete('x'); return u.href; })()", "\"http://a/\""},
		{"brand", "Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({})", "TypeError TypeError undefined: Illegal invocation: function called with incorrect `this` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details."},
		{"params from record", "new URLSearchParams({ a: 1, b: [2, 3] }).toString()", "\"a=1&b=2%2C3\""},
		{"params from pairs", "new URLSearchParams([['a', 'b'], ['c', 'd']]).toString()", "\"a=b&c=d\""},
		{"params bad pair", "new URLSearchParams([['a']])", "TypeError TypeError undefined: Invalid URL search params sequence."},
		{"params non-sequence item", "new URLSearchParams([5])", "TypeError TypeError undefined: Incorrect type: the provided value is not of type 'Sequence'."},
		{"params decoding", "[...new URLSearchParams('?a=%zz&b=%C3%A9+x&&c&=d')]", "[[\"a\",\"%zz\"],[\"b\",\"é x\"],[\"c\",\"\"],[\"\",\"d\"]]"},
		{"params methods", "(() => { const p = new URLSearchParams('b=2&a=1&b=3'); p.set('b', 4); p.append('c', 'x'); p.sort(); return [p.toString(), p.get('b'), p.get('zz'), p.getAll('a'), p.has('c', 'x'), p.has('c', 'y'), p.size]; })()", "[\"a=1&b=4&c=x\",\"4\",null,[\"1\"],true,false,3]"},
		{"params delete with value", "(() => { const p = new URLSearchParams('a=1&a=2&a=1'); p.delete('a', '1'); return p.toString(); })()", "\"a=2\""},
		{"params serialize", "new URLSearchParams({ 'a b': '&=*-._~!' }).toString()", "\"a+b=%26%3D*-._%7E%21\""},
		{"params sort by code units", "(() => { const p = new URLSearchParams('\\uFB03=1&\\u{1F308}=2'); p.sort(); return [...p.keys()]; })()", "[\"🌈\",\"ﬃ\"]"},
		{"params missing arguments", "new URLSearchParams().append('a')", "TypeError TypeError undefined: Failed to execute 'append' on 'URLSearchParams': parameter 2 is not of type 'USVString'."},
		{"params get missing", "new URLSearchParams().get()", "TypeError TypeError undefined: Failed to execute 'get' on 'URLSearchParams': parameter 1 is not of type 'USVString'."},
		{"params forEach not callable", "new URLSearchParams().forEach()", "TypeError TypeError undefined: Failed to execute 'forEach' on 'URLSearchParams': parameter 1 is not of type 'function'."},
		{"iterator is live", "(() => { const p = new URLSearchParams('a=1'); const it = p.keys(); p.append('b', 2); return [...it]; })()", "[\"a\",\"b\"]"},
		{"iterator tags", "[String(new URLSearchParams().entries()), String(new URLSearchParams().keys()), String(new URLSearchParams().values())]", "[\"[object EntryIterator]\",\"[object KeyIterator]\",\"[object ValueIterator]\"]"},
		{"iterator brand", "new URLSearchParams().entries().next.call({})", "TypeError TypeError undefined: Illegal invocation: function called with incorrect `this` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details."},
		{"clone refused", "structuredClone(new URL('http://a/'))", "DOMException DataCloneError 25: Could not serialize object of type \"URL\". This type does not support serialization."},
		{"clone params refused", "structuredClone(new URLSearchParams())", "DOMException DataCloneError 25: Could not serialize object of type \"URLSearchParams\". This type does not support serialization."},
		{"createObjectURL", "URL.createObjectURL()", "TypeError TypeError undefined: Failed to execute 'createObjectURL' on 'URL': parameter 1 is not of type 'File or Blob'."},
		{"revokeObjectURL", "URL.revokeObjectURL('blob:x')", "Error Error undefined: URL.revokeObjectURL() is not implemented"},
		{"constructor shape", "[Object.getOwnPropertyNames(URL).slice(0, 3), URL.length, URL.name, String(URL), Object.getPrototypeOf(URL) === Function.prototype, URL.prototype.constructor === URL, Object.getOwnPropertyDescriptor(URL, 'prototype').writable, Object.getOwnPropertySymbols(URL).length]", "[[\"length\",\"name\",\"prototype\"],0,\"URL\",\"function URL() { [native code] }\",true,true,true,0]"},
		{"call without new", "URL('http://a/')", "TypeError TypeError undefined: Failed to construct 'URL': Please use the 'new' operator, this object constructor cannot be called as a function."},
		{"call with a this", "URL.call({}, 'http://a/')", "TypeError TypeError undefined: Failed to construct 'URL': Please use the 'new' operator, this object constructor cannot be called as a function."},
		{"subclass", "(() => { class X extends URL { y() { return 1; } } const x = new X('http://a/'); return [x instanceof X, x instanceof URL, x.y(), x.href, Object.getPrototypeOf(x) === X.prototype]; })()", "[true,true,1,\"http://a/\",true]"},
		{"Reflect.construct", "(() => { const x = Reflect.construct(URL, ['http://a/'], Array); return [Object.getPrototypeOf(x) === Array.prototype, URL.prototype.toString.call(x)]; })()", "[true,\"http://a/\"]"},
		{"instanceof", "[new URL('http://a') instanceof URL, ({}) instanceof URL, 5 instanceof URL, Object.create(URL.prototype) instanceof URL]", "[true,false,false,true]"},
		{"pattern basics", "(() => { const p = new URLPattern({ pathname: '/books/:id' }); return [p.pathname, p.protocol, p.hasRegExpGroups, p.test('https://x/books/5'), p.exec('https://x/books/5').pathname]; })()", "[\"/books/:id\",\"*\",false,true,{\"input\":\"/books/5\",\"groups\":{\"id\":\"5\"}}]"},
		{"pattern string", "(() => { const p = new URLPattern('https://*.example.com/:a/:b?'); return [p.hostname, p.pathname, p.exec('https://w.example.com/x').pathname.groups.a]; })()", "[\"*.example.com\",\"/:a/:b?\",\"x\"]"},
		{"pattern base", "new URLPattern('/x/:y', 'https://h').exec('https://h/x/1').pathname.groups", "{\"y\":\"1\"}"},
		{"pattern invalid", "new URLPattern('(')", "TypeError TypeError undefined: Failed to construct URLPattern"},
		{"pattern relative without base", "new URLPattern('/a')", "TypeError TypeError undefined: Failed to construct URLPattern"},
		{"pattern no match", "new URLPattern({ pathname: '/a' }).exec('https://h/b')", "null"},
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
