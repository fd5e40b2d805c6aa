// config: date=2026-11-23
// HTMLRewriter's selectors at the edges of CSS syntax, as lol-html reads them in workerd
// 2026-12-01: blocks and strings left open at the end are closed there; a class, id or
// attribute name must be a CSS identifier; and lol-html's message for each refused selector.
for (const sel of ['((', '', ' ', 'div', 'div >', '> div', 'a[', 'a[b', 'a[b=', 'a:hover', 'a::before', 'a:nth-child(2)', 'a:first-child', 'a:not(b)', 'a, b', '*', 'a b c', 'a~b', 'a+b', '#id.cls', '[data-x="1"]', '[x|=y]', 'a:nth-of-type(2n+1)', 'a:lang(en)', ':root', 'a:has(b)', 'svg|a', 'a]', '.', '#', 'a..b', '1a', '-a', '\\31 a']) {
  try { new HTMLRewriter().on(sel, {}); console.log(JSON.stringify(sel), 'ok'); } catch (e) { console.log(JSON.stringify(sel), e.constructor.name + ': ' + e.message); }
}
for (const sel of ['a.', 'a.1', 'a.#', 'a#', 'a#1', 'a#.', '.1', '#1', '.-', '.-1', '#-', 'a[b', 'a[b c', 'a[b="x"', 'a[b="x', 'a[b=x', 'a:not(b', 'a:nth-child(2', '((', ')', ']', '[', '1', '1a', '@', '$', 'a@', 'a (', 'a > (', 'a, (', '(, a', '"x"', 'a "x"', 'a:', 'a::', 'a[', 'a[1]', 'a[-b]', 'a[b|c]', 'a[*|b]', 'a[b~=c]', 'a[b^=c]', 'a[b$=c]', 'a[b*=c]', 'a[b=c i]', 'a[b=c s]', 'a[b=c x]']) {
  try { new HTMLRewriter().on(sel, {}); console.log(JSON.stringify(sel), 'ok'); } catch (e) { console.log(JSON.stringify(sel), e.message); }
}
const page = '<div><a b="x" class="k">1</a><a>2</a><p id="q">3</p><a b="y">4</a></div>';
for (const sel of ['a[b', 'a[b="x', 'a:not(.k', 'a:nth-child(2', 'div > a[b=y', '#q', 'a.k']) {
  const res = new HTMLRewriter().on(sel, { element(e) { e.setAttribute('hit', sel); } }).transform(new Response(page));
  console.log(sel, await res.text());
}
