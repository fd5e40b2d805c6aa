// node:punycode: RFC 3492 Punycode (punycode.js 2.1.0, which Node bundles
// and workerd exports): encode, decode, toASCII, toUnicode and ucs2.
(function (binding, require, module) {
  'use strict';
  const maxInt = 2147483647;
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700, initialBias = 72, initialN = 128;
  const baseMinusTMin = base - tMin;
  const messages = {
    overflow: 'Overflow: input needs wider integers to process',
    'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
    'invalid-input': 'Invalid input',
  };
  const fail = (type) => { throw new RangeError(messages[type]); };
  // mapDomain applies fn to each label of domain (after an email's @), split
  // at the RFC 3490 full stops.
  function mapDomain(domain, fn) {
    const parts = domain.split('@');
    let result = '';
    if (parts.length > 1) {
      result = parts[0] + '@';
      domain = parts[1];
    }
    const labels = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.').split('.');
    return result + labels.map(fn).join('.');
  }
  // ucs2decode is the code points of a string (a lone surrogate as itself).
  function ucs2decode(string) {
    const output = [];
    let i = 0;
    const length = string.length;
    while (i < length) {
      const value = string.charCodeAt(i++);
      if (value >= 0xd800 && value <= 0xdbff && i < length) {
        const extra = string.charCodeAt(i++);
        if ((extra & 0xfc00) === 0xdc00) {
          output.push(((value & 0x3ff) << 10) + (extra & 0x3ff) + 0x10000);
        } else {
          output.push(value);
          i--;
        }
      } else {
        output.push(value);
      }
    }
    return output;
  }
  const ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
  function basicToDigit(c) {
    if (c >= 0x30 && c < 0x3a) return 26 + (c - 0x30);
    if (c >= 0x41 && c < 0x5b) return c - 0x41;
    if (c >= 0x61 && c < 0x7b) return c - 0x61;
    return base;
  }
  // digitToBasic: 0..25 are a..z, 26..35 are 0..9.
  const digitToBasic = (digit) => digit + 22 + 75 * (digit < 26);
  // adapt is RFC 3492 section 6.1's bias adaptation.
  function adapt(delta, numPoints, firstTime) {
    let k = 0;
    delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
    delta += Math.floor(delta / numPoints);
    for (; delta > (baseMinusTMin * tMax) >> 1; k += base) delta = Math.floor(delta / baseMinusTMin);
    return Math.floor(k + ((baseMinusTMin + 1) * delta) / (delta + skew));
  }
  const threshold = (k, bias) => (k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias);
  // decode is RFC 3492 section 6.2.
  function decode(input) {
    const output = [];
    const inputLength = input.length;
    let i = 0, n = initialN, bias = initialBias;
    let basic = input.lastIndexOf('-');
    if (basic < 0) basic = 0;
    for (let j = 0; j < basic; ++j) {
      if (input.charCodeAt(j) >= 0x80) fail('not-basic');
      output.push(input.charCodeAt(j));
    }
    for (let index = basic > 0 ? basic + 1 : 0; index < inputLength;) {
      const oldi = i;
      for (let w = 1, k = base; ; k += base) {
        if (index >= inputLength) fail('invalid-input');
        const digit = basicToDigit(input.charCodeAt(index++));
        if (digit >= base) fail('invalid-input');
        if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
        i += digit * w;
        const t = threshold(k, bias);
        if (digit < t) break;
        if (w > Math.floor(maxInt / (base - t))) fail('overflow');
        w *= base - t;
      }
      const out = output.length + 1;
      bias = adapt(i - oldi, out, oldi === 0);
      if (Math.floor(i / out) > maxInt - n) fail('overflow');
      n += Math.floor(i / out);
      i %= out;
      output.splice(i++, 0, n);
    }
    return String.fromCodePoint(...output);
  }
  // encode is RFC 3492 section 6.3.
  function encode(input) {
    const output = [];
    input = ucs2decode(input);
    const inputLength = input.length;
    let n = initialN, delta = 0, bias = initialBias;
    for (const c of input) if (c < 0x80) output.push(String.fromCharCode(c));
    const basicLength = output.length;
    let handled = basicLength;
    if (basicLength) output.push('-');
    while (handled < inputLength) {
      let m = maxInt;
      for (const c of input) if (c >= n && c < m) m = c;
      const handledPlusOne = handled + 1;
      if (m - n > Math.floor((maxInt - delta) / handledPlusOne)) fail('overflow');
      delta += (m - n) * handledPlusOne;
      n = m;
      for (const c of input) {
        if (c < n && ++delta > maxInt) fail('overflow');
        if (c === n) {
          let q = delta;
          for (let k = base; ; k += base) {
            const t = threshold(k, bias);
            if (q < t) break;
            output.push(String.fromCharCode(digitToBasic(t + ((q - t) % (base - t)))));
            q = Math.floor((q - t) / (base - t));
          }
          output.push(String.fromCharCode(digitToBasic(q)));
          bias = adapt(delta, handledPlusOne, handled === basicLength);
          delta = 0;
          ++handled;
        }
      }
      ++delta;
      ++n;
    }
    return output.join('');
  }
  const toUnicode = function (input) {
    return mapDomain(input, (s) => (/^xn--/.test(s) ? decode(s.slice(4).toLowerCase()) : s));
  };
  const toASCII = function (input) {
    return mapDomain(input, (s) => (/[^\0-\x7F]/.test(s) ? 'xn--' + encode(s) : s));
  };
  module.exports = { version: '2.1.0', ucs2: { decode: ucs2decode, encode: ucs2encode }, decode, encode, toASCII, toUnicode };
})
