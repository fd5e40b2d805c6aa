// config: date=2026-11-23 flags=
// cloudflare:workers' entrypoint classes check their (ctx, env) as workerd's do: objects for WorkerEntrypoint, the handler's own ExecutionContext and an object for WorkflowEntrypoint, a DurableObjectState (none can be made by hand) for DurableObject (DurableObjectBase in its messages); RpcTarget is JsRpcTarget in its tag and call error.
const W = await import('cloudflare:workers');
for (const name of ['WorkerEntrypoint', 'DurableObject', 'WorkflowEntrypoint', 'RpcTarget']) {
  const C = W[name];
  console.log(name, C.length, String(Object.getOwnPropertyNames(C.prototype))); // (DurableObject.name is DurableObjectBase in workerd after a dynamic import, DurableObject after a static one)
  for (const args of [[], [{}], [{}, {}], ['x', {}], [{}, 'y'], [null, null], [{}, undefined], [5], [() => 1, []], [ctx, {}], [ctx], [ctx, env], [Object.create(Object.getPrototypeOf(ctx)), {}]]) {
    const shown = args.map((a) => a === ctx ? 'ctx' : a === env ? 'env' : typeof a === 'function' ? 'fn' : JSON.stringify(a));
    try { const o = new C(...args); console.log(' ', shown.join(), 'ok', JSON.stringify(Object.keys(o)), o.ctx === args[0], o.env === args[1]); } catch (e) { console.log(' ', shown.join(), e.constructor.name, e.message); }
  }
  try { C({}, {}); } catch (e) { console.log('  call', e.constructor.name, e.message); }
}
class Sub extends W.WorkerEntrypoint { constructor(c, e) { super(c, e); this.made = true; } }
try { new Sub(); } catch (e) { console.log('sub', e.message); }
console.log('sub ok', new Sub({}, {}).made, new Sub({}, {}) instanceof W.WorkerEntrypoint);
class Flow extends W.WorkflowEntrypoint { async run(event, step) { return event.payload; } }
const f = new Flow(ctx, env);
console.log('flow', f.ctx === ctx, f.env === env, await f.run({ payload: 7 }));
console.log(Object.prototype.toString.call(new W.RpcTarget()), Object.prototype.toString.call(new Sub({}, {})));
