// internal/dns: workerd's resolver, behind node:dns (dns.js) and
// node:dns/promises (dns_promises.js). It asks Cloudflare's
// DNS-over-HTTPS service (https://cloudflare-dns.com/dns-query, JSON
// answers) with the global fetch(), so under mcrepl a lookup needs
// --allow-net (--allow-net=cloudflare-dns.com); a refused or failed fetch is
// workerd's EBADQUERY DnsError. lookup of an IP address or of '' answers
// without asking; getServers is workerd's fixed list; lookupService,
// resolveAny, setServers and Resolver's cancel and setLocalAddress throw
// workerd's plain Error('Not implemented').
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const codes = {
    NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
    NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
    BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
    EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
    BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
    NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
    ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
  };
  // The flags of getaddrinfo, which workerd exports beside the codes (but
  // not from node:dns/promises' default export).
  const flagsOf = { ADDRCONFIG: 1024, ALL: 256, V4MAPPED: 2048 };

  // DnsError is workerd's: a NodeError (the class behind makeError's Error
  // codes, whose toString reads "Error [CODE]: message") with own code,
  // name, errno (undefined), hostname and syscall, in that order.
  const NodeError = Object.getPrototypeOf(errors.makeError(Error, 'ERR_DNS_BASE', '').constructor);
  class DnsError extends NodeError {
    constructor(hostname, code, syscall) {
      super(code, syscall + ' ' + code + ' ' + hostname);
      this.errno = undefined;
      this.hostname = hostname;
      this.syscall = syscall;
    }
  }
  const notImplemented = () => new Error('Not implemented');

  function validateOneOf(v, name, list) {
    if (!list.includes(v)) {
      throw errors.invalidArgValue(name, v, 'must be one of: ' + list.map((x) => binding.inspect(x, {})).join(', '));
    }
  }
  function validateBoolean(v, name) {
    if (typeof v !== 'boolean') throw errors.invalidArgType(name, 'boolean', v);
  }

  // sendDnsRequest asks the DoH service for name's records of type and
  // returns its JSON answer with Answer holding only the records of the
  // type asked (the service adds the CNAME chain it followed), or no Answer.
  async function sendDnsRequest(name, type) {
    const server = new URL('https://cloudflare-dns.com/dns-query');
    server.searchParams.set('name', name);
    server.searchParams.set('type', type);
    const syscall = 'query' + type;
    let json;
    try {
      // The global fetch, as workerd's module reads it (a Worker that
      // replaces globalThis.fetch replaces the resolver's too).
      const response = await fetch(server, { headers: { Accept: 'application/dns-json' }, method: 'GET' });
      if (!response.ok) throw new DnsError(name, codes.BADRESP, syscall);
      json = await response.json();
    } catch (e) {
      throw e instanceof DnsError ? e : new DnsError(name, codes.BADQUERY, syscall);
    }
    if ('error' in json) throw new DnsError(name, codes.BADRESP, syscall);
    const question = json.Question.at(0);
    if (!question) throw new DnsError(name, codes.BADRESP, syscall);
    if (json.Answer?.at(0)?.name === '') throw new DnsError(name, codes.NOTFOUND, syscall);
    const answers = json.Answer?.filter((a) => a.type === question.type);
    if (answers?.length) json.Answer = answers;
    else delete json.Answer;
    return json;
  }
  function validateAnswer(answer, name, query) {
    if (answer == null) throw new DnsError(name, codes.NOTFOUND, query);
  }
  const noDot = (s) => (s.endsWith('.') ? s.slice(0, -1) : s);

  // The record formats of the DoH JSON answers.
  function normalizeMx(name, answer) {
    const [priority, exchange] = answer.data.split(' ');
    if (priority == null || exchange == null) throw new DnsError(name, codes.BADRESP, 'queryMx');
    return { exchange: noDot(exchange), priority: parseInt(priority, 10) };
  }
  function normalizeSoa({ data }) {
    const [nsname, hostmaster, serial, refresh, retry, expire, minttl] = data.split(' ');
    const fields = { nsname, hostmaster, serial, refresh, retry, expire, minttl };
    for (const k in fields) errors.validateString(fields[k], k);
    return {
      nsname, hostmaster, serial: parseInt(serial, 10), refresh: parseInt(refresh, 10),
      retry: parseInt(retry, 10), expire: parseInt(expire, 10), minttl: parseInt(minttl, 10),
    };
  }
  function normalizeSrv({ data }) {
    const [priority, weight, port, name] = data.split(' ');
    const fields = { priority, weight, port, name };
    for (const k in fields) errors.validateString(fields[k], k);
    return { priority: parseInt(priority, 10), weight: parseInt(weight, 10), port: parseInt(port, 10), name };
  }
  // A TXT record's strings, each quoted ("a""b c"), unquoted; one that is
  // not quoted is a single string.
  const quotedRe = /"([^"]|"(?!"))*"/g;
  function normalizeTxt({ data }) {
    if (data.startsWith('"') && data.endsWith('"')) {
      return data.match(quotedRe)?.map((s) => (s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1) : s)) ?? [];
    }
    return [data];
  }

  // CAA and NAPTR data come in RFC 3597's generic form (\# <length> <hex
  // octets>) or in presentation form (0 issue "pki.goog"), as workerd's
  // Rust parser (node-internal:dns) reads them; its errors are Errors, but
  // a number that does not parse is a RangeError.
  function parseError(msg) { return new Error(msg); }
  function hexNumber(s) {
    if (!/^[+]?[0-9a-fA-F]+$/.test(s)) throw new RangeError('invalid digit found in string');
    return parseInt(s, 16);
  }
  function decimal(s, max) {
    if (s === '') throw new RangeError('cannot parse integer from empty string');
    if (!/^[+]?[0-9]+$/.test(s)) throw new RangeError('invalid digit found in string');
    const n = parseInt(s, 10);
    if (n > max) throw new RangeError('number too large to fit in target type');
    return n;
  }
  const decodeHex = (octets) => octets.map((o) => String.fromCharCode(hexNumber(o))).join('');
  // rdataFields splits presentation RDATA into its fields: bare tokens or
  // quoted strings, with \DDD and \X escapes decoded in both.
  function rdataFields(input) {
    const fields = [];
    let i = 0;
    const ws = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
    for (;;) {
      while (i < input.length && ws(input[i])) i++;
      if (i >= input.length) return fields;
      const quoted = input[i] === '"';
      if (quoted) i++;
      let field = '';
      for (;;) {
        if (i >= input.length) {
          if (quoted) throw parseError('unterminated escape or quote in RDATA');
          break;
        }
        const c = input[i++];
        if (c === '"' && quoted) break;
        if (c === '\\') {
          const d = input.slice(i, i + 3);
          if (/^[0-9]{3}$/.test(d)) {
            field += String.fromCharCode(decimal(d, 255));
            i += 3;
          } else {
            if (i >= input.length) throw parseError('unterminated escape or quote in RDATA');
            field += input[i++];
          }
        } else if (!quoted && ws(c)) break;
        else field += c;
      }
      fields.push(field);
    }
  }
  function validateCaaField(field) {
    if (field !== 'issue' && field !== 'issuewild' && field !== 'iodef') {
      throw parseError("Received unknown field '" + field + "'");
    }
  }
  function parseCaaRecord(record) {
    const parts = record.split(/[ \t\n\r\f]+/).filter((s) => s !== '');
    if (parts[0] !== '\\#') {
      const fields = rdataFields(record);
      if (fields.length !== 3) throw parseError('CAA record expected 3 fields, got ' + fields.length);
      validateCaaField(fields[1]);
      return { critical: decimal(fields[0], 255), field: fields[1], value: fields[2] };
    }
    if (parts.length < 3) throw parseError('CAA record too short: expected at least 3 fields');
    const data = parts.slice(2);
    if (data.length < 2) throw parseError('CAA record data too short: expected critical and prefix length fields');
    const critical = hexNumber(data[0]);
    const prefix = hexNumber(data[1]);
    if (data.length < 2 + prefix) throw parseError('CAA record data too short for prefix_length ' + prefix);
    const field = decodeHex(data.slice(2, prefix + 2));
    const value = decodeHex(data.slice(prefix + 2));
    validateCaaField(field);
    return { critical, field, value };
  }
  function parseReplacement(input) {
    const out = [];
    let at = 0;
    while (at < input.length) {
      const length = hexNumber(input[at]);
      if (at + 1 + length > input.length) throw parseError('replacement data too short for declared frame length');
      const label = decodeHex(input.slice(at + 1, at + 1 + length));
      if (label !== '') out.push(label);
      at += length + 1;
    }
    return out.join('.');
  }
  function parseNaptrRecord(record) {
    const parts = record.split(/[ \t\n\r\f]+/).filter((s) => s !== '');
    if (parts[0] !== '\\#') {
      const f = rdataFields(record);
      if (f.length !== 6) throw parseError('NAPTR record expected 6 fields, got ' + f.length);
      return {
        flags: f[2], service: f[3], regexp: f[4], replacement: noDot(f[5]),
        order: decimal(f[0], 0xffffffff), preference: decimal(f[1], 0xffffffff),
      };
    }
    if (parts.length < 2) throw parseError('NAPTR record too short');
    const data = parts.slice(1);
    if (data.length < 6) throw parseError('NAPTR record data too short: expected at least 6 fields');
    const order = hexNumber(data[1] + data[2]);
    const preference = hexNumber(data[3] + data[4]);
    const flagLength = hexNumber(data[5]);
    if (data.length < 6 + flagLength + 1) throw parseError('NAPTR record too short for flags field');
    const flags = decodeHex(data.slice(6, 6 + flagLength));
    const serviceAt = 6 + flagLength + 1;
    const serviceLength = hexNumber(data[serviceAt - 1]);
    if (data.length < serviceAt + serviceLength + 1) throw parseError('NAPTR record too short for service field');
    const service = decodeHex(data.slice(serviceAt, serviceAt + serviceLength));
    const regexpAt = serviceAt + serviceLength + 1;
    const regexpLength = hexNumber(data[regexpAt - 1]);
    if (data.length < regexpAt + regexpLength) throw parseError('NAPTR record too short for regexp field');
    const regexp = decodeHex(data.slice(regexpAt, regexpAt + regexpLength));
    const replacement = parseReplacement(data.slice(regexpAt + regexpLength));
    return { flags, service, regexp, replacement, order, preference };
  }
  function normalizeCaa({ data }) {
    const record = parseCaaRecord(data);
    const obj = { critical: record.critical };
    obj[record.field] = record.value;
    return obj;
  }

  // query asks for name's records of type and maps them with normalize,
  // after checking name synchronously (as workerd's functions return a
  // promise rather than being async).
  function query(name, type, syscall, normalize) {
    errors.validateString(name, 'name');
    return sendDnsRequest(name, type).then((json) => {
      validateAnswer(json.Answer, name, syscall);
      return json.Answer.map(normalize);
    });
  }
  const dataOf = ({ data }) => noDot(data);

  const validFamilies = [0, 4, 6];
  const validDnsOrders = ['verbatim', 'ipv4first', 'ipv6first'];
  let defaultDnsOrder = 'verbatim';

  function getServers() {
    return ['1.1.1.1', '2606:4700:4700::1111', '1.0.0.1', '2606:4700:4700::1001'];
  }
  function setServers() { throw notImplemented(); }
  function getDefaultResultOrder() { return defaultDnsOrder; }
  function setDefaultResultOrder(value) {
    validateOneOf(value, 'dnsOrder', validDnsOrders);
    defaultDnsOrder = value;
  }
  async function lookupService() { throw notImplemented(); }
  async function resolveAny() { throw notImplemented(); }

  // addresses asks for name's A or AAAA records (type), with their TTLs
  // when options.ttl is truthy.
  function addresses(name, options, type, syscall) {
    errors.validateString(name, 'name');
    const ttl = !!options?.ttl;
    return sendDnsRequest(name, type).then((json) => {
      validateAnswer(json.Answer, name, syscall);
      return json.Answer.map((a) => (ttl ? { ttl: a.TTL, address: a.data } : a.data));
    });
  }
  function resolve4(name, options) { return addresses(name, options, 'A', 'queryA'); }
  function resolve6(name, options) { return addresses(name, options, 'AAAA', 'queryAaaa'); }
  function resolveCname(name) { return query(name, 'CNAME', 'queryCname', dataOf); }
  function resolveCaa(name) { return query(name, 'CAA', 'queryCaa', normalizeCaa); }
  function resolveMx(name) { return query(name, 'MX', 'queryMx', (a) => normalizeMx(name, a)); }
  function resolveNaptr(name) { return query(name, 'NAPTR', 'queryNaptr', ({ data }) => parseNaptrRecord(data)); }
  function resolveNs(name) { return query(name, 'NS', 'queryNs', dataOf); }
  function resolvePtr(name) { return query(name, 'PTR', 'queryPtr', dataOf); }
  function resolveSoa(name) {
    errors.validateString(name, 'name');
    return sendDnsRequest(name, 'SOA').then((json) => {
      validateAnswer(json.Answer, name, 'querySoa');
      const first = json.Answer.at(0);
      if (!first) throw new DnsError(name, codes.NOTFOUND, 'querySoa');
      return normalizeSoa(first);
    });
  }
  function resolveSrv(name) { return query(name, 'SRV', 'querySrv', normalizeSrv); }
  function resolveTxt(name) { return query(name, 'TXT', 'queryTxt', normalizeTxt); }
  function reverse(name) { return query(name, 'PTR', 'queryPtr', dataOf); }
  function resolve(name, rrtype) {
    errors.validateString(name, 'name');
    switch (rrtype) {
      case 'A': return resolve4(name);
      case 'AAAA': return resolve6(name);
      case 'ANY': return resolveAny();
      case 'CAA': return resolveCaa(name);
      case 'CNAME': return resolveCname(name);
      case 'MX': return resolveMx(name);
      case 'NAPTR': return resolveNaptr(name);
      case 'NS': return resolveNs(name);
      case 'PTR': return resolvePtr(name);
      case 'SOA': return resolveSoa(name);
      case 'SRV': return resolveSrv(name);
      case 'TXT': return resolveTxt(name);
      default: throw errors.invalidArgValue('rrtype', rrtype);
    }
  }

  // lookupCallback is node:dns's lookup (workerd's, without its Hyperdrive
  // host overrides: mcrepl has no Hyperdrive bindings, and without one
  // workerd asks for those names too, case 2709): family 0 asks for A and AAAA
  // and answers with the first of the order's preference.
  function lookupCallback(hostname, options, callback) {
    let family = 0;
    let all = false;
    let dnsOrder = defaultDnsOrder;
    if (hostname) errors.validateString(hostname, 'hostname');
    if (typeof options === 'function') {
      callback = options;
    } else if (typeof options === 'number') {
      errors.validateFunction(callback, 'callback');
      validateOneOf(options, 'family', validFamilies);
      family = options;
    } else if (options !== undefined && typeof options !== 'object') {
      errors.validateFunction(arguments.length === 2 ? options : callback, 'callback');
      throw errors.invalidArgType('options', ['integer', 'object'], options);
    } else {
      errors.validateFunction(callback, 'callback');
      if (options?.hints != null) {
        errors.validateNumber(options.hints, 'options.hints');
        throw errors.makeError(Error, 'ERR_OPTION_NOT_IMPLEMENTED', 'The options.hints option is not implemented');
      }
      if (options?.family != null) {
        if (options.family === 'IPv4') family = 4;
        else if (options.family === 'IPv6') family = 6;
        else {
          validateOneOf(options.family, 'options.family', validFamilies);
          family = options.family;
        }
      }
      if (options?.all != null) {
        validateBoolean(options.all, 'options.all');
        all = options.all;
      }
      if (options?.verbatim != null) {
        validateBoolean(options.verbatim, 'options.verbatim');
        dnsOrder = options.verbatim ? 'verbatim' : 'ipv4first';
      }
      if (options?.order != null) {
        validateOneOf(options.order, 'options.order', validDnsOrders);
        dnsOrder = options.order;
      }
    }
    if (!hostname) {
      if (all) binding.queueMicrotask(callback, null, []);
      else binding.queueMicrotask(callback, null, null, family === 6 ? 6 : 4);
      return;
    }
    const matched = require('net').isIP(hostname);
    if (matched) {
      if (all) binding.queueMicrotask(callback, null, [{ address: hostname, family: matched }]);
      else binding.queueMicrotask(callback, null, hostname, matched);
      return;
    }
    const failed = (error) => binding.queueMicrotask(callback, error);
    if (family === 0) {
      const none = () => ({ Answer: [] });
      Promise.all([sendDnsRequest(hostname, 'A').catch(none), sendDnsRequest(hostname, 'AAAA').catch(none)])
        .then(([v4, v6]) => {
          if (all) {
            const a4 = v4.Answer?.map((a) => ({ address: a.data, family: 4 })) ?? [];
            const a6 = v6.Answer?.map((a) => ({ address: a.data, family: 6 })) ?? [];
            if (a4.length === 0 && a6.length === 0) {
              callback(new DnsError(hostname, codes.NOTFOUND, 'queryA'));
              return;
            }
            callback(null, dnsOrder === 'ipv6first' ? [...a6, ...a4] : [...a4, ...a6]);
            return;
          }
          const ip4 = v4.Answer?.at(0)?.data;
          const ip6 = v6.Answer?.at(0)?.data;
          if (ip4 == null && ip6 == null) {
            callback(new DnsError(hostname, codes.NOTFOUND, 'queryA'));
          } else if (dnsOrder === 'ipv6first') {
            if (ip6 != null) callback(null, ip6, 6);
            else callback(null, ip4, 4);
          } else if (ip4 != null) callback(null, ip4, 4);
          else callback(null, ip6, 6);
        })
        .catch(failed);
      return;
    }
    const type = family === 4 ? 'A' : 'AAAA';
    sendDnsRequest(hostname, type)
      .then((json) => {
        validateAnswer(json.Answer, hostname, 'query' + type);
        if (all) callback(null, json.Answer.map((a) => ({ address: a.data, family })));
        else callback(null, json.Answer.at(0)?.data, family);
      })
      .catch(failed);
  }

  function lookup(hostname, options) {
    const { promise, resolve, reject } = Promise.withResolvers();
    lookupCallback(hostname, options, (error, address, family) => {
      if (error) reject(error);
      else if (Array.isArray(address)) resolve(address);
      else resolve({ address, family });
    });
    return promise;
  }

  class Resolver {
    cancel() { throw notImplemented(); }
    setLocalAddress() { throw notImplemented(); }
    getServers() { return getServers(); }
    resolve(name, rrtype) { return resolve(name, rrtype); }
    resolve4(input, options) { return resolve4(input, options); }
    resolve6(input, options) { return resolve6(input, options); }
    resolveAny() { return resolveAny(); }
    resolveCaa(name) { return resolveCaa(name); }
    resolveCname(name) { return resolveCname(name); }
    resolveMx(name) { return resolveMx(name); }
    resolveNaptr(name) { return resolveNaptr(name); }
    resolveNs(name) { return resolveNs(name); }
    resolvePtr(name) { return resolvePtr(name); }
    resolveSoa(name) { return resolveSoa(name); }
    resolveSrv(name) { return resolveSrv(name); }
    resolveTxt(name) { return resolveTxt(name); }
    reverse(name) { return reverse(name); }
    setServers() { setServers(); }
  }

  const api = {
    reverse, resolveTxt, resolveCaa, resolveMx, resolveCname, resolveNs, resolvePtr, resolveSrv,
    resolveSoa, resolveNaptr, resolve4, resolve6, getServers, setServers, getDefaultResultOrder,
    setDefaultResultOrder, lookup, lookupService, resolve, resolveAny, Resolver,
  };
  // allCodes: the codes and the getaddrinfo flags in name order, as
  // workerd's export * and spread of its constants module give them.
  const allCodes = Object.fromEntries(Object.entries({ ...codes, ...flagsOf }).sort(([a], [b]) => (a < b ? -1 : 1)));
  module.exports = { api, codes, allCodes, lookupCallback, parseCaaRecord, parseNaptrRecord };
})
