// config: date=2026-11-17 flags=
// EventSource.from(): CRLF, CR and LF line endings, a byte order mark, chunk boundaries inside lines, CRLF pairs and UTF-8 sequences, invalid UTF-8, string, ArrayBuffer and DataView chunks.
const log = (...a) => console.log(...a);
const tick = (ms = 5) => new Promise(r => setTimeout(r, ms));
const enc = new TextEncoder();
const streamOf = (chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(typeof x === "string" ? enc.encode(x) : x); c.close(); } });
function watch(es, name) {
  es.onmessage = (e) => log(name, JSON.stringify(e.data), JSON.stringify(e.lastEventId));
  es.onerror = (e) => log(name, "error", e.error.message, es.readyState);
}
watch(EventSource.from(streamOf(["\ufeffdata: bom\r\n\r\ndata: cr\r\rdata: lf\n\ndata: mix\r\n\ndata: a\rdata: b\r\n\r"])), "endings");
await tick();
watch(EventSource.from(streamOf(["\ufeff\ufeffdata: two boms\n\ndata: ok\n\n"])), "twobom");
await tick();
watch(EventSource.from(streamOf([new Uint8Array([0xef]), new Uint8Array([0xbb, 0xbf]), "data: split bom\n\n"])), "splitbom");
await tick();
const bytes = enc.encode("data: h\u00e9llo \u{1F600} \u4e2d\r\n\r\nid: 9\r\ndata: z\r\n\r\ndata: x\r\rdata: y\n\n");
const parts = []; for (let i = 0; i < bytes.length; i++) parts.push(bytes.slice(i, i + 1));
watch(EventSource.from(streamOf(parts)), "bytewise");
await tick(30);
watch(EventSource.from(streamOf(["data: cr at end\r", "\ndata: next\r", "\r", "data: last\n", "\n"])), "crlf-split");
await tick();
watch(EventSource.from(streamOf([new Uint8Array([0x64, 0x61, 0x74, 0x61, 0x3a, 0x20, 0xff, 0xc3, 0x41, 0xe2, 0x82, 0x0a, 0x0a]), new Uint8Array([0x64, 0x61, 0x74, 0x61, 0x3a, 0xf0, 0x9f]), new Uint8Array([0x98, 0x80, 0x0a, 0x0a])])), "invalid");
await tick();
watch(EventSource.from(new ReadableStream({ start(c) { c.enqueue("data: a string chunk\n\n"); c.enqueue(enc.encode("data: bytes\n\n").buffer); c.enqueue(new DataView(enc.encode("xxdata: view\n\n").buffer, 2)); c.enqueue(new Uint16Array([0x6164, 0x6174, 0x203a, 0x0a31, 0x000a]).subarray(0, 4)); c.enqueue(enc.encode("\n")); c.close(); } })), "kinds");
await tick();
