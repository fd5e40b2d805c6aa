// (m) crypto.subtle.digest('SHA-256') of 64 MiB, four times. Runs unchanged in mcrepl, node,
// deno, bun and workerd.
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = (async () => {
  const data = new Uint8Array(64 * 1024 * 1024);
  for (let i = 0; i < data.length; i += 4096) data[i] = i & 255;
  const t0 = now();
  let hex = "";
  for (let i = 0; i < 4; i++) {
    const h = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
    hex = Array.from(h, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  const ms = now() - t0;
  if (hex.length !== 64) throw new Error("sha256: " + hex);
  console.log("RESULT name=sha256 ms=" + ms.toFixed(1) + " n=4 MiB=64 hash=" + hex.slice(0, 16));
})();
