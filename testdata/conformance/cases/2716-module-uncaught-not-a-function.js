// An uncaught TypeError in a module's test() reads as V8's, quoting the
// code: "o.handler is not a function", not goja's "Object has no member".
console.log('before');
const o = { nested: {} };
o.nested.handler();
