const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => {
  for (const x of e.data) console.log(x.constructor.name, x.name, JSON.stringify(x.message), 'code' in x, Object.prototype.hasOwnProperty.call(x, 'message'), x.cause === undefined ? '' : 'cause=' + x.cause);
};
const custom = new Error('custom');
custom.name = 'MyError';
const withCode = new TypeError('typed', { cause: 'why' });
withCode.code = 'E_CODE';
class Sub extends RangeError {}
port1.postMessage([new Error('plain'), withCode, new Sub('sub'), custom, new AggregateError([1], 'agg'), new Error(), new SyntaxError('syn'), new URIError('uri')]);
