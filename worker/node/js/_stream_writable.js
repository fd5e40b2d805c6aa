// node:_stream_writable: Node's old name of node:stream's Writable. The default
// export is the class; the named ones are the class and its statics
// (module.named: see Named in node.go).
(function (binding, require, module) {
  'use strict';
  const C = require('stream').Writable;
  module.exports = C;
  module.named = { Writable: C };
  for (const k of Object.keys(C)) if (k !== '_fromList') module.named[k] = C[k];
})
