// node:string_decoder: StringDecoder, which keeps incomplete multi-byte
// characters between write() calls.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const names = { utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
    latin1: 'latin1', binary: 'latin1', base64: 'base64', base64url: 'base64url', ascii: 'ascii', hex: 'hex' };
  function norm(enc) {
    const e = names[String(enc === undefined ? 'utf8' : enc).toLowerCase()];
    if (e === undefined) throw errors.unknownEncoding(enc);
    return e;
  }
  function utf8Need(b) {
    if (b >> 5 === 0x06) return 2;
    if (b >> 4 === 0x0e) return 3;
    if (b >> 3 === 0x1e) return 4;
    return 0;
  }
  class StringDecoder {
    constructor(encoding = undefined) {
      this.encoding = norm(encoding);
    }
    // The bytes of an incomplete character, kept for the next write.
    #pending = new Uint8Array(0);
    #cut(buf) {
      // Returns how many trailing bytes of buf are an incomplete character.
      const n = buf.length;
      switch (this.encoding) {
        case 'utf8':
          for (let back = 1; back <= Math.min(3, n); back++) {
            const b = buf[n - back];
            if ((b & 0xc0) === 0x80) continue;
            const need = utf8Need(b);
            return need > back ? back : 0;
          }
          return 0;
        case 'utf16le': {
          let cut = n % 2;
          if (n - cut >= 2) {
            const hi = buf[n - cut - 1];
            if (hi >= 0xd8 && hi <= 0xdb) cut += 2;
          }
          return cut;
        }
        case 'base64': case 'base64url':
          return n % 3;
      }
      return 0;
    }
    write(buf) {
      if (typeof buf === 'string') return buf;
      if (!ArrayBuffer.isView(buf)) throw errors.invalidArgType('buf', ['string', 'Buffer', 'TypedArray', 'DataView'], buf);
      let bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      if (this.#pending.length) {
        const joined = new Uint8Array(this.#pending.length + bytes.length);
        joined.set(this.#pending); joined.set(bytes, this.#pending.length);
        bytes = joined;
      }
      const cut = this.#cut(bytes);
      this.#pending = bytes.slice(bytes.length - cut);
      return binding.decode(bytes, this.encoding, 0, bytes.length - cut);
    }
    end(buf) {
      let r = buf === undefined ? '' : this.write(buf);
      if (this.#pending.length) { r += binding.decode(this.#pending, this.encoding, 0); this.#pending = new Uint8Array(0); }
      return r;
    }
    text(buf, offset) { return this.write(buf.subarray(offset)); }
    get lastChar() {
      const c = require('buffer').Buffer.alloc(4);
      c.set(this.#pending.subarray(0, 4));
      return c;
    }
    get lastNeed() { return this.#pending.length ? (this.encoding === 'utf8' ? utf8Need(this.#pending[0]) - this.#pending.length : 0) : 0; }
    get lastTotal() { return this.#pending.length ? (this.encoding === 'utf8' ? utf8Need(this.#pending[0]) : this.#pending.length) : 0; }
  }
  module.exports = { StringDecoder };
})
