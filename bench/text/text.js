// TextEncoder.encode, TextDecoder.decode, atob/btoa and new URL() throughput, one RESULT line
// per measure: MB/s for the codecs (of the UTF-8 bytes; for base64, of the decoded bytes), URL
// parses per second. Runs unchanged in mcrepl, node and workerd (bench/text/run.sh).
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

function time(name, unit, amount, rounds, fn) {
  fn(); // warm up
  const t0 = now();
  for (let i = 0; i < rounds; i++) fn();
  const s = (now() - t0) / 1000;
  const rate = (amount * rounds) / s;
  console.log("RESULT name=" + name + " " + unit + "=" + (unit === "MBps" ? (rate / 1e6).toFixed(0) : rate.toFixed(0)));
}

const done = (async () => {
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  let ascii = "Hello, Workers! The quick brown fox jumps over the lazy dog. 0123456789 ";
  while (ascii.length < 4 * 1024 * 1024) ascii += ascii;
  let mixed = "Hello, Workers! Grüße aus Zürich, こんにちは 🌍 ";
  while (mixed.length < 2 * 1024 * 1024) mixed += mixed;
  const asciiBytes = enc.encode(ascii);
  const mixedBytes = enc.encode(mixed);
  time("encode-ascii", "MBps", asciiBytes.length, 10, () => enc.encode(ascii));
  time("encode-mixed", "MBps", mixedBytes.length, 10, () => enc.encode(mixed));
  time("decode-ascii", "MBps", asciiBytes.length, 10, () => dec.decode(asciiBytes));
  time("decode-mixed", "MBps", mixedBytes.length, 10, () => dec.decode(mixedBytes));
  const into = new Uint8Array(mixedBytes.length);
  time("encodeInto-mixed", "MBps", mixedBytes.length, 10, () => enc.encodeInto(mixed, into));
  const codes = [];
  for (let i = 0; i < 256; i++) codes.push(String.fromCharCode(i));
  const latin = codes.join("").repeat(4096);
  const b64 = btoa(latin);
  time("btoa", "MBps", latin.length, 10, () => btoa(latin));
  time("atob", "MBps", latin.length, 10, () => atob(b64));
  const urls = [];
  for (let i = 0; i < 1000; i++) {
    urls.push("https://example.com/path/" + i + "?q=" + i + "&page=2#frag");
    urls.push("http://user:pass@sub" + (i % 97) + ".example.org:8080/a/../b/./c?x=%20y");
    urls.push("https://EXAMPLE.com/%E2%82%AC" + i);
    urls.push("https://xn--nxasmq6b.com/" + i);
  }
  time("url-parse", "perSecond", urls.length, 25, () => { for (const u of urls) new URL(u); });
  const base = "https://base.example/dir/file";
  time("url-parse-relative", "perSecond", urls.length, 25, () => { for (let i = 0; i < urls.length; i++) new URL("../x/" + i + "?a=1", base); });
  time("url-href", "perSecond", urls.length, 25, () => { for (const u of urls) new URL(u).href; });
})();
