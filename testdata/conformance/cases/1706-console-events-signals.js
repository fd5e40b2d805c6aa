// console.log of events, signals, controllers and ports, every field in workerd's order;
// properties of host objects are shown as with showHidden (an array's [length], a typed
// array's internals, a function's [length] and [name]).
console.log(new Event('a', { cancelable: true }));
console.log(new CustomEvent('c', { detail: [1, 2] }));
console.log(new ErrorEvent('e', { message: 'x', filename: 'f.js', lineno: 3, colno: 4 }));
console.log(new MessageEvent('m', { data: { a: [1, 2], u: new Uint8Array(2), f: function f() {}, m: new Map([[1, 2]]), o: { deep: { deeper: 1 } } } }));
const ac = new AbortController(); console.log(ac); console.log(ac.signal);
const ac2 = new AbortController(); ac2.abort('why'); console.log(ac2.signal);
const mc = new MessageChannel(); console.log(mc); console.log([mc.port1], { p: mc.port2 });
mc.port1.onmessage = () => {};
console.log(mc.port1, new EventTarget());
await new Promise((r) => { mc.port2.onmessage = (e) => { console.log(e); r(); }; mc.port1.postMessage([1, { b: 'x' }]); });
