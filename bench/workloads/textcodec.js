// (k) TextEncoder.encode and TextDecoder.decode of 10 MiB of mixed ASCII and non-ASCII text,
// ten times each. Runs unchanged in mcrepl, node, deno, bun and workerd.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = (async () => {
  const unit = "Hello, Workers! Grüße aus Zürich, こんにちは 🌍 ";
  let text = unit;
  while (text.length < 10 * 1024 * 1024 / 2) text += text;
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const t0 = now();
  let bytes = 0;
  let back = "";
  for (let i = 0; i < 10; i++) {
    const b = enc.encode(text);
    bytes += b.byteLength;
    back = dec.decode(b);
  }
  const ms = now() - t0;
  if (back !== text) throw new Error("textcodec: round trip differs");
  console.log("RESULT name=textcodec ms=" + ms.toFixed(1) + " n=10 MiB=" + (bytes / 10 / 1048576).toFixed(1));
})();
