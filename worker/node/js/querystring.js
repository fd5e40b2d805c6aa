// node:querystring: Node's query string parser and formatter (parse,
// stringify, escape, unescape, unescapeBuffer), with decode and encode as
// their other names.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const { Buffer } = require('buffer');
  const hexTable = Array.from({ length: 256 }, (_, i) => '%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());
  // The characters escape leaves as they are: A-Z a-z 0-9 - _ . ! ~ * ' ( ).
  const noEscape = new Int8Array(128);
  for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()") noEscape[c.charCodeAt(0)] = 1;
  function hexValue(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 65 && c <= 70) return c - 55;
    if (c >= 97 && c <= 102) return c - 87;
    return -1;
  }
  // encodeStr is percent-encoding of UTF-8, as encodeURIComponent but
  // leaving noEscape's characters; a high surrogate at the end is a
  // URIError, one followed by anything else is taken as a pair.
  function encodeStr(str) {
    const len = str.length;
    if (len === 0) return '';
    let out = '', lastPos = 0;
    outer: for (let i = 0; i < len; i++) {
      let c = str.charCodeAt(i);
      while (c < 0x80) {
        if (noEscape[c] !== 1) {
          if (lastPos < i) out += str.slice(lastPos, i);
          lastPos = i + 1;
          out += hexTable[c];
        }
        if (++i === len) break outer;
        c = str.charCodeAt(i);
      }
      if (lastPos < i) out += str.slice(lastPos, i);
      if (c < 0x800) {
        lastPos = i + 1;
        out += hexTable[0xc0 | (c >> 6)] + hexTable[0x80 | (c & 0x3f)];
        continue;
      }
      if (c < 0xd800 || c >= 0xe000) {
        lastPos = i + 1;
        out += hexTable[0xe0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3f)] + hexTable[0x80 | (c & 0x3f)];
        continue;
      }
      if (++i >= len) throw invalidURI();
      const c2 = str.charCodeAt(i) & 0x3ff;
      lastPos = i + 1;
      c = 0x10000 + (((c & 0x3ff) << 10) | c2);
      out += hexTable[0xf0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3f)] +
        hexTable[0x80 | ((c >> 6) & 0x3f)] + hexTable[0x80 | (c & 0x3f)];
    }
    if (lastPos === 0) return str;
    if (lastPos < len) return out + str.slice(lastPos);
    return out;
  }
  // ERR_INVALID_URI is an Error named URIError, not a URIError.
  function invalidURI() {
    const e = errors.makeError(Error, 'ERR_INVALID_URI', 'URI malformed');
    e.name = 'URIError';
    return e;
  }
  function escape(str) {
    if (typeof str !== 'string') str = typeof str === 'object' ? String(str) : str + '';
    return encodeStr(str);
  }
  // unescapeBuffer decodes %XX (a % without two hex digits stays) and, with
  // decodeSpaces, + as a space; other characters are taken as bytes.
  function unescapeBuffer(s, decodeSpaces) {
    const out = Buffer.allocUnsafe(s.length);
    let index = 0, outIndex = 0, hasHex = false;
    const maxLength = s.length - 2;
    while (index < s.length) {
      let c = s.charCodeAt(index);
      if (c === 43 && decodeSpaces) {
        out[outIndex++] = 32;
        index++;
        continue;
      }
      if (c === 37 && index < maxLength) {
        c = s.charCodeAt(++index);
        const hi = hexValue(c);
        if (hi < 0) {
          out[outIndex++] = 37;
          continue;
        }
        const lo = hexValue(s.charCodeAt(++index));
        if (lo < 0) {
          out[outIndex++] = 37;
          index--;
        } else {
          hasHex = true;
          c = hi * 16 + lo;
        }
      }
      out[outIndex++] = c;
      index++;
    }
    return hasHex ? out.slice(0, outIndex) : out;
  }
  function unescape(s, decodeSpaces) {
    try {
      return decodeURIComponent(s);
    } catch {
      return unescapeBuffer(s, decodeSpaces).toString();
    }
  }
  function stringifyPrimitive(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return '' + v;
    if (typeof v === 'bigint') return '' + v;
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return '';
  }
  function encodeStringified(v, encode) {
    if (typeof v === 'string') return v.length ? encode(v) : '';
    // From 1e21 a number is written with an exponent, whose + needs escaping.
    if (typeof v === 'number' && Number.isFinite(v)) return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
    if (typeof v === 'bigint') return '' + v;
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return '';
  }
  function stringify(obj, sep, eq, options) {
    sep ||= '&';
    eq ||= '=';
    let encode = escape;
    if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
    const convert = encode === escape ? encodeStringified : (v, enc) => enc(stringifyPrimitive(v));
    if (obj === null || typeof obj !== 'object') return '';
    let fields = '';
    for (const k of Object.keys(obj)) {
      const v = obj[k];
      const ks = convert(k, encode) + eq;
      if (Array.isArray(v)) {
        if (v.length === 0) continue;
        if (fields) fields += sep;
        for (let j = 0; j < v.length; ++j) {
          if (j) fields += sep;
          fields += ks + convert(v[j], encode);
        }
      } else {
        if (fields) fields += sep;
        fields += ks + convert(v, encode);
      }
    }
    return fields;
  }
  function charCodes(str) {
    return Array.from({ length: str.length }, (_, i) => str.charCodeAt(i));
  }
  function decodeStr(s, decoder) {
    try {
      return decoder(s);
    } catch {
      return unescape(s, true);
    }
  }
  function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
    if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
    if (value.length > 0 && valEncoded) value = decodeStr(value, decode);
    if (obj[key] === undefined) obj[key] = value;
    else if (obj[key].pop) obj[key][obj[key].length] = value;
    else obj[key] = [obj[key], value];
  }
  // parse splits on sep and eq (strings of any length), decoding only the
  // keys and values that hold a valid %XX (or all of them with a custom
  // decodeURIComponent), at most maxKeys pairs (1000; 0 for no limit).
  function parse(qs, sep, eq, options) {
    const obj = { __proto__: null };
    if (typeof qs !== 'string' || qs.length === 0) return obj;
    const sepCodes = !sep ? [38] : charCodes(String(sep));
    const eqCodes = !eq ? [61] : charCodes(String(eq));
    const sepLen = sepCodes.length, eqLen = eqCodes.length;
    let pairs = 1000;
    if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : 0;
    let decode = unescape;
    if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
    const customDecode = decode !== unescape;
    let lastPos = 0, sepIdx = 0, eqIdx = 0, key = '', value = '';
    let keyEncoded = customDecode, valEncoded = customDecode;
    const plusChar = customDecode ? '%20' : ' ';
    let encodeCheck = 0;
    for (let i = 0; i < qs.length; ++i) {
      const code = qs.charCodeAt(i);
      if (code === sepCodes[sepIdx]) {
        if (++sepIdx === sepLen) {
          const end = i - sepIdx + 1;
          if (eqIdx < eqLen) {
            if (lastPos < end) {
              key += qs.slice(lastPos, end);
            } else if (key.length === 0) {
              if (--pairs === 0) return obj;
              lastPos = i + 1;
              sepIdx = eqIdx = 0;
              continue;
            }
          } else if (lastPos < end) {
            value += qs.slice(lastPos, end);
          }
          addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
          if (--pairs === 0) return obj;
          keyEncoded = valEncoded = customDecode;
          key = value = '';
          encodeCheck = 0;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
        }
        continue;
      }
      sepIdx = 0;
      if (eqIdx < eqLen) {
        if (code === eqCodes[eqIdx]) {
          if (++eqIdx === eqLen) {
            const end = i - eqIdx + 1;
            if (lastPos < end) key += qs.slice(lastPos, end);
            encodeCheck = 0;
            lastPos = i + 1;
          }
          continue;
        }
        eqIdx = 0;
        if (!keyEncoded) {
          if (code === 37) {
            encodeCheck = 1;
            continue;
          } else if (encodeCheck > 0) {
            if (hexValue(code) >= 0) {
              if (++encodeCheck === 3) keyEncoded = true;
              continue;
            }
            encodeCheck = 0;
          }
        }
        if (code === 43) {
          if (lastPos < i) key += qs.slice(lastPos, i);
          key += plusChar;
          lastPos = i + 1;
          continue;
        }
      }
      if (code === 43) {
        if (lastPos < i) value += qs.slice(lastPos, i);
        value += plusChar;
        lastPos = i + 1;
      } else if (!valEncoded) {
        if (code === 37) {
          encodeCheck = 1;
        } else if (encodeCheck > 0) {
          if (hexValue(code) >= 0) {
            if (++encodeCheck === 3) valEncoded = true;
          } else {
            encodeCheck = 0;
          }
        }
      }
    }
    if (lastPos < qs.length) {
      if (eqIdx < eqLen) key += qs.slice(lastPos);
      else if (sepIdx < sepLen) value += qs.slice(lastPos);
    } else if (eqIdx === 0 && key.length === 0) {
      return obj;
    }
    addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);
    return obj;
  }
  module.exports = { decode: parse, encode: stringify, escape, parse, stringify, unescape, unescapeBuffer };
})
