// crypto.subtle.digest throughput: 32 MiB hashed 4 times per algorithm, one RESULT line per
// algorithm with the MB/s. Runs unchanged in mcrepl, node and workerd (bench/digest/run.sh);
// an algorithm a runtime lacks (node has no MD5 in Web Crypto) prints "unsupported".
const now = typeof performance === "object" && performance && typeof performance.now === "function"
  ? () => performance.now()
  : () => Date.now();

const done = (async () => {
  const size = 32 * 1024 * 1024;
  const data = new Uint8Array(size);
  for (let i = 0; i < data.length; i += 4096) data[i] = i & 255;
  for (const alg of ["SHA-1", "SHA-256", "SHA-384", "SHA-512", "MD5"]) {
    let out;
    try {
      out = await crypto.subtle.digest(alg, data.subarray(0, 64));
    } catch {
      console.log("RESULT name=digest-" + alg + " unsupported");
      continue;
    }
    const t0 = now();
    for (let i = 0; i < 4; i++) out = await crypto.subtle.digest(alg, data);
    const ms = now() - t0;
    if (!(out instanceof ArrayBuffer) || out.byteLength < 16) throw new Error("digest " + alg);
    const mbps = (4 * size) / 1e6 / (ms / 1000);
    console.log("RESULT name=digest-" + alg + " ms=" + ms.toFixed(1) + " MBps=" + mbps.toFixed(0));
  }
})();
