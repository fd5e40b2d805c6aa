// node:_stream_readable: Node's old name of node:stream's Readable. The default
// export is the class; the named ones are the class and its statics
// (module.named: see Named in node.go).
(function (binding, require, module) {
  'use strict';
  const C = require('stream').Readable;
  module.exports = C;
  module.named = { Readable: C };
  for (const k of Object.keys(C)) if (k !== '_fromList') module.named[k] = C[k];
  // The named from is workerd's internal from(Readable, iterable, options),
  // not Readable.from.
  module.named.from = function from(Readable, iterable, opts) { return Readable.from(iterable, opts); };
})
