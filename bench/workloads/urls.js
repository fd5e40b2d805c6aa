// (l) new URL() of 100,000 URLs of varied shapes, with a read of href, host and search params.
// Runs unchanged in mcrepl, node, deno, bun and workerd.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = (async () => {
  const shapes = [
    (i) => "https://example.com/path/" + i + "?q=" + i + "&page=2#frag",
    (i) => "http://user:pass@sub" + (i % 97) + ".example.org:8080/a/../b/./c?x=%20y",
    (i) => "https://EXAMPLE.com/" + "%E2%82%AC" + i,
    (i) => "/relative/" + i + "?a=1",
    (i) => "https://xn--nxasmq6b.com/" + i,
  ];
  const base = "https://base.example/dir/file";
  const N = 100000;
  const t0 = now();
  let total = 0;
  for (let i = 0; i < N; i++) {
    const u = new URL(shapes[i % shapes.length](i), base);
    total += u.href.length + u.host.length + (u.searchParams.get("q") || "").length;
  }
  const ms = now() - t0;
  if (total < N * 20) throw new Error("urls: total " + total);
  console.log("RESULT name=urls ms=" + ms.toFixed(1) + " n=" + N);
})();
