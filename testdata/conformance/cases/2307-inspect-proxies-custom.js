// console.log of user proxies, custom inspect methods and symbol keys.
console.log(new Proxy({ a: 1 }, { get() { throw new Error('trap ran'); } }));
console.log(new Proxy(new Proxy([1, 2], {}), {}));
const r = Proxy.revocable({}, {});
r.revoke();
console.log(r.proxy, { inner: r.proxy });
console.log({ [Symbol('x')]: 1, [Symbol.iterator]: 2, 'b-c': 3 });
const custom = Symbol.for('nodejs.util.inspect.custom');
console.log({ [custom]() { return 'custom!'; } });
console.log({ a: { [custom](depth, opts, inspect) { return `${depth} ${typeof opts.stylize} ${typeof inspect}`; } } });
console.log({ [custom]() { return { replaced: true }; } });
console.log({ [custom]() { return this; }, kept: 1 });
console.log('%s|%d|%i', { toString() { return 'str'; } }, '42', '7.9x');
console.log('after');
