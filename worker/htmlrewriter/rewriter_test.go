package htmlrewriter_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
)

// run runs src in a Worker at 2026-11-17 and returns its stdout and stderr.
func run(t *testing.T, src string) (stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	fl, rep := flags.Validate("2026-11-17", nil, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	if fl == nil {
		t.Fatal(rep)
	}
	w, err := worker.New(worker.Config{Stdout: &out, Stderr: &errb, Flags: fl})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := w.Run(ctx, "rewrite.js", src); err != nil {
		t.Fatalf("run: %v (stderr %q)", err, errb.String())
	}
	return out.String(), errb.String()
}

// generate is JavaScript that makes n random documents of HTML pieces
// (tags, raw text, comments, doctype, broken markup, non-ASCII names),
// each cut into random chunks, with a seeded generator.
const generate = `
const parts = ['<p', '>', '</p>', '<div class="a b" id=x>', '</div>', 'text', '&amp;', '<!--', '-->', '<script>', '</script>',
  '<br>', '<svg>', '<path/>', '</svg>', '<İ>', '</İ>', '<!doctype html>', '<?x>', '<', '</', 'é', '<![CDATA[', ']]>', ' a=', '"', "'",
  '<li>', '<title>', '</title>', '<plaintext>', '<A HREF=/x>', '</a>'];
let seed = 7;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
function doc() {
  let s = ''; const len = 1 + rnd(25);
  for (let i = 0; i < len; i++) s += parts[rnd(parts.length)];
  const bytes = new TextEncoder().encode(s); const cuts = [];
  for (let i = 0; i < bytes.length;) { const j = i + 1 + rnd(8); cuts.push(bytes.slice(i, j)); i = j; }
  return [s, new ReadableStream({ start(c) { for (const x of cuts) c.enqueue(x); c.close(); } })];
}
`

// Handlers that change nothing leave every document byte for byte as it
// was, however it is cut, and see every token.
func TestIdentity(t *testing.T) {
	out, errs := run(t, generate+`
(async () => {
  let bad = 0, tokens = 0;
  for (let k = 0; k < 300; k++) {
    const [s, body] = doc();
    const rw = new HTMLRewriter()
      .on('*', { element(e) { tokens++; e.tagName; [...e.attributes]; try { e.onEndTag(t => { t.name; }); } catch {} }, text(t) { t.text; }, comments(c) { c.text; } })
      .onDocument({ doctype(d) { d.name; }, text() { tokens++; }, end() {} });
    const got = await rw.transform(new Response(body)).text();
    if (got !== s) { bad++; if (bad < 4) console.log('differs', JSON.stringify(s), JSON.stringify(got)); }
  }
  console.log('bad', bad, 'tokens', tokens > 1000);
})();
`)
	if strings.TrimSpace(out) != "bad 0 tokens true" || errs != "" {
		t.Errorf("stdout %q stderr %q", out, errs)
	}
}

// Every mutation, async handlers and end-tag handlers on random documents:
// the rewriting always completes, with no internal error.
func TestMutationsComplete(t *testing.T) {
	out, errs := run(t, generate+`
(async () => {
  const ops = ['before', 'after', 'prepend', 'append', 'replace', 'remove', 'removeAndKeepContent', 'setInnerContent'];
  let done = 0;
  for (let k = 0; k < 300; k++) {
    const [, body] = doc();
    const rw = new HTMLRewriter()
      .on('*', { element(e) {
          const op = ops[rnd(ops.length)];
          if (op.startsWith('remove')) e[op](); else e[op]('<' + op + '>', { html: rnd(2) === 0 });
          if (rnd(3) === 0) try { e.onEndTag(t => { t.before('!'); if (rnd(2)) t.name = 'z'; }); } catch {}
          if (rnd(4) === 0) e.setAttribute('k', 'v"');
          if (rnd(5) === 0) return new Promise(r => setTimeout(r, 0));
        },
        text(t) { if (rnd(4) === 0) t.replace('R'); }, comments(c) { if (rnd(2)) c.text = 'c'; } })
      .on('p div', { text(t) { if (rnd(3) === 0) t.remove(); } })
      .onDocument({ end(d) { d.append('E'); } });
    const got = await rw.transform(new Response(body)).text();
    if (got.endsWith('E')) done++;
  }
  console.log('done', done);
})();
`)
	if strings.TrimSpace(out) != "done 300" || errs != "" {
		t.Errorf("stdout %q stderr %q", out, errs)
	}
}
