// node:_stream_transform: Node's old name of node:stream's Transform. The default
// export is the class; the named ones are the class and its statics
// (module.named: see Named in node.go).
(function (binding, require, module) {
  'use strict';
  const C = require('stream').Transform;
  module.exports = C;
  module.named = { Transform: C };
  for (const k of Object.keys(C)) if (k !== '_fromList') module.named[k] = C[k];
})
