// config: date=2026-11-23 flags=
// cloudflare:workflows (NonRetryableError), cloudflare:pipelines (PipelineTransformationEntrypoint: _ping, _run over a JSON-lines batch, its checks) and cloudflare:vectorize (the constants), as workerd has them.
const { NonRetryableError } = await import('cloudflare:workflows');
const { PipelineTransformationEntrypoint: P } = await import('cloudflare:pipelines');
const V = await import('cloudflare:vectorize');
const { WorkerEntrypoint } = await import('cloudflare:workers');
console.log(NonRetryableError.name, NonRetryableError.length, Object.getPrototypeOf(NonRetryableError) === Error);
const e = new NonRetryableError('boom');
console.log(e instanceof Error, e.name, e.message, JSON.stringify(Object.getOwnPropertyNames(e).sort()), JSON.stringify(Object.getOwnPropertyDescriptor(e, 'name')));
const e2 = new NonRetryableError('x', 'CustomName');
console.log(e2.name, e2.message, String(e2), JSON.stringify(new NonRetryableError().message), String(new NonRetryableError()));
console.log(Object.getOwnPropertyNames(NonRetryableError.prototype), structuredClone(e).constructor.name, structuredClone(e).name, structuredClone(e).message);
console.log(JSON.stringify(V.DistanceMetric), JSON.stringify(V.KnownModel), JSON.stringify(V.MetadataRetrievalLevel), Object.keys(V).sort().join());
console.log(P.name, P.length, Object.getPrototypeOf(P) === WorkerEntrypoint, P.prototype.run.length, P.prototype._run.length, P.prototype._ping.length, Object.getOwnPropertyNames(P.prototype).join());
class Bad extends P {}
class Up extends P { async run(records, meta) { console.log('run', JSON.stringify(records), JSON.stringify(meta), JSON.stringify(this.env), JSON.stringify(this.ctx)); return records.map((r) => ({ ...r, up: String(r.v).toUpperCase() })); } }
await new Bad({}, {})._ping().then(() => console.log('bad ping ok'), (x) => console.log('bad ping', x.message));
await new Up({}, {})._ping().then((v) => console.log('up ping ok', v), (x) => console.log('up ping', x.message));
const enc = new TextEncoder();
const mk = (parts) => new ReadableStream({ start(c) { for (const part of parts) c.enqueue(enc.encode(part)); c.close(); } });
const u = new Up({ c: 1 }, { e: 2 });
const out = await u._run({ id: 'b1', shard: 's0', ts: 123, format: 'json_stream', size: { bytes: 0, rows: 0 }, data: mk(['{"v":"a"}\n{"v"', ':"b"}\n', '{"v":3}']) }, { pipelineId: 'p', pipelineName: 'n' });
console.log(JSON.stringify({ ...out, data: undefined }), Object.keys(out).join(), out.data instanceof ReadableStream);
console.log(JSON.stringify(await new Response(out.data).text()));
await u._run({ format: 'json_stream', data: mk([]) }, {}).catch((x) => console.log('again', x.message));
await new Up({}, {})._run({ format: 'csv', data: mk([]) }, {}).catch((x) => console.log('csv', x.message));
await new Up({}, {})._run({ id: 1, format: 'json_stream', data: mk(['\n\n{"v":1}\n  \n']) }, {}).then((o) => new Response(o.data).text()).then((t) => console.log('blank', JSON.stringify(t)));
await new Bad({}, {})._run({ id: 1, format: 'json_stream', data: mk(['{"v":1}']) }, {}).catch((x) => console.log('bad run', x.message));
class NotArr extends P { async run() { return 5; } }
await new NotArr({}, {})._run({ id: 1, format: 'json_stream', data: mk(['{"v":1}']) }, {}).catch((x) => console.log('notarr', x.constructor.name, x.message));
await new Up({}, {})._run(null, {}).catch((x) => console.log('null', x.constructor.name, x.message));
class Empty extends P { async run(r) { return r; } }
const o2 = await new Empty({}, {})._run({ id: 'e', format: 'json_stream', data: mk([]) }, {});
console.log('empty', JSON.stringify(o2.size), JSON.stringify(await new Response(o2.data).text()));
