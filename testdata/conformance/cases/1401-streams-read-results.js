const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue(undefined); c.close(); } });
const r = rs.getReader();
for (let i = 0; i < 4; i++) {
  const res = await r.read();
  console.log(JSON.stringify(Object.keys(res)), JSON.stringify(res));
}
const it = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).values();
console.log(JSON.stringify(await it.next()), JSON.stringify(await it.next()), JSON.stringify(await it.return('x')));
for await (const v of new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } })) console.log('for await', v);
const ws = new WritableStream();
const w = ws.getWriter();
console.log(w.desiredSize, await w.write('x'), await w.close(), w.desiredSize);
