// node:stream/consumers: read a whole stream (anything async-iterable: a
// Node.js Readable, a ReadableStream, an async generator) as a Blob, an
// ArrayBuffer, a Buffer, text or JSON.
(function (binding, require, module) {
  'use strict';
  const { Buffer } = require('buffer');
  // each calls fn with every chunk of stream, as for await...of would
  // (which goja lacks): an async iterator, or a sync one whose values are
  // awaited.
  async function each(stream, fn) {
    if (stream != null && typeof stream[Symbol.asyncIterator] === 'function') {
      const it = stream[Symbol.asyncIterator]();
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        fn(r.value);
      }
    }
    if (stream == null || typeof stream[Symbol.iterator] !== 'function') {
      throw new TypeError('Array.fromAsync requires that the property of the first argument, items[Symbol.asyncIterator], when exists, be a function');
    }
    for (const v of stream) fn(await v);
  }
  async function blob(stream) {
    const parts = [];
    await each(stream, (chunk) => parts.push(chunk));
    return new Blob(parts);
  }
  async function arrayBuffer(stream) {
    return (await blob(stream)).arrayBuffer();
  }
  async function buffer(stream) {
    return Buffer.from(await arrayBuffer(stream));
  }
  async function text(stream) {
    const dec = new TextDecoder();
    let str = '';
    await each(stream, (chunk) => {
      if (typeof chunk === 'string') str += chunk;
      else str += dec.decode(chunk, { stream: true });
    });
    return str + dec.decode(undefined, { stream: false });
  }
  async function json(stream) {
    return JSON.parse(await text(stream));
  }
  module.exports = { arrayBuffer, blob, buffer, text, json };
})
