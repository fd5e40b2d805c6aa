// config: date=2026-11-17
// AsyncLocalStorage's store survives await, promise reactions and nested runs.
const { AsyncLocalStorage } = process.getBuiltinModule('node:async_hooks');
const als = new AsyncLocalStorage();
const store = () => JSON.stringify(als.getStore());
console.log('outside', store());
const result = await als.run({ id: 1 }, async () => {
  console.log('sync', store());
  await null;
  console.log('after await', store());
  await Promise.resolve().then(() => console.log('in then', store()));
  await als.run('inner', async () => { await null; console.log('nested', store()); });
  console.log('after nested', store());
  return 'done';
});
console.log('result', result, 'outside again', store());
const p = als.run('P', () => Promise.resolve());
await p.then(() => console.log('then added outside run', store()));
console.log(als.run('r', (a, b) => a + b, 1, 2));
const other = new AsyncLocalStorage();
other.run('o', () => als.run('a', () => console.log('two storages', other.getStore(), als.getStore())));
