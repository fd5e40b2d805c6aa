// node:console (enable_nodejs_console_module, from 2025-09-21): the global
// console, given Node's extra members (_times, _stdout, Console, ...) on
// first import as workerd gives them, its methods bound to it as named
// exports, and Node's Console class, which writes to the streams it is
// given: log, info, debug, dirxml to stdout, warn, error, trace to stderr,
// with group indentation, count, time and table.
(function (binding, require, module) {
  'use strict';
  const errors = require('internal/errors');
  const util = require('internal/util');
  const process = require('process');
  const g = globalThis.console;
  const noop = () => {};
  // What workerd's V8 console has and mcrepl's may not: functions of their own, named as their keys.
  const extra = {
    dirxml(...args) { return g.log(...args); }, clear() {}, profile() {}, profileEnd() {}, timeStamp() {},
  };
  for (const k of Object.keys(extra)) if (typeof g[k] !== 'function') g[k] = extra[k];
  g._times = new Map();
  g._ignoreErrors = true;
  g._stderrErrorHandler = noop;
  g._stdoutErrorHandler = noop;
  // _stdout and _stderr are accessors in workerd.
  for (const [k, initial] of [['_stdout', process.stdout], ['_stderr', process.stderr]]) {
    let v = initial;
    Object.defineProperty(g, k, { get() { return v; }, set(nv) { v = nv; }, enumerable: true, configurable: true });
  }

  const kState = Symbol('kState');
  const methods = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog', 'trace',
    'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml', 'groupCollapsed'];
  const writable = (s) => s !== null && typeof s === 'object' && typeof s.write === 'function';
  const notWritable = (which) =>
    errors.makeError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for ' + which);
  // Console(options) or Console(stdout[, stderr[, ignoreErrors]]).
  function Console(options) {
    if (!new.target) return Reflect.construct(Console, arguments);
    if (!options || typeof options.write === 'function') options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
    const { stdout, stderr: err = stdout, ignoreErrors: ignore = true, inspectOptions, groupIndentation = 2 } = options;
    if (!writable(stdout)) throw notWritable('stdout');
    if (!writable(err)) throw notWritable('stderr');
    Object.defineProperty(this, kState, {
      value: { stdout, stderr: err, ignore, inspectOptions: inspectOptions || {}, indentBy: groupIndentation,
        indent: '', counts: new Map(), times: new Map() },
    });
    for (const k of methods) this[k] = Console.prototype[k].bind(this);
  }
  function write(c, toErr, string) {
    const st = c[kState];
    if (st.indent.length > 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, '\n' + st.indent);
      string = st.indent + string;
    }
    try {
      (toErr ? st.stderr : st.stdout).write(string + '\n');
    } catch (e) {
      if (!st.ignore) throw e;
    }
  }
  const fmt = (c, args) => util.formatWithOptions(c[kState].inspectOptions, ...args);
  function elapsed(ms) {
    if (ms >= 1000) {
      if (ms >= 60000) {
        if (ms >= 3600000) return (ms / 3600000).toFixed(3) + 'h';
        return (ms / 60000).toFixed(3) + 'min';
      }
      return (ms / 1000).toFixed(3) + 's';
    }
    return Number(ms.toFixed(3)) + 'ms';
  }
  const P = Console.prototype;
  Object.assign(P, {
    log(...args) { write(this, false, fmt(this, args)); },
    info(...args) { write(this, false, fmt(this, args)); },
    debug(...args) { write(this, false, fmt(this, args)); },
    warn(...args) { write(this, true, fmt(this, args)); },
    error(...args) { write(this, true, fmt(this, args)); },
    dir(object, options) {
      write(this, false, util.inspect(object, { customInspect: false, ...this[kState].inspectOptions, ...options }));
    },
    time(label = 'default') {
      label = `${label}`;
      const { times } = this[kState];
      if (times.has(label)) {
        process.emitWarning(`Label '${label}' already exists for console.time()`);
        return;
      }
      times.set(label, performance.now());
    },
    timeEnd(label = 'default') {
      label = `${label}`;
      const { times } = this[kState];
      if (!times.has(label)) {
        process.emitWarning(`No such label '${label}' for console.timeEnd()`);
        return;
      }
      this.log('%s: %s', label, elapsed(performance.now() - times.get(label)));
      times.delete(label);
    },
    timeLog(label = 'default', ...data) {
      label = `${label}`;
      const { times } = this[kState];
      if (!times.has(label)) {
        process.emitWarning(`No such label '${label}' for console.timeLog()`);
        return;
      }
      this.log('%s: %s', label, elapsed(performance.now() - times.get(label)), ...data);
    },
    trace(...args) {
      const err = { name: 'Trace', message: util.format(...args) };
      Error.captureStackTrace(err, this.trace);
      this.error(err.stack);
    },
    assert(expression, ...args) {
      if (!expression) {
        args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
        Reflect.apply(this.warn, this, args);
      }
    },
    clear() {},
    count(label = 'default') {
      label = `${label}`;
      const { counts } = this[kState];
      const n = (counts.get(label) || 0) + 1;
      counts.set(label, n);
      this.log(`${label}: ${n}`);
    },
    countReset(label = 'default') {
      label = `${label}`;
      const { counts } = this[kState];
      if (!counts.has(label)) {
        process.emitWarning(`Count for '${label}' does not exist`);
        return;
      }
      counts.delete(label);
    },
    group(...data) {
      if (data.length > 0) Reflect.apply(this.log, this, data);
      const st = this[kState];
      st.indent += ' '.repeat(st.indentBy);
    },
    groupEnd() {
      const st = this[kState];
      st.indent = st.indent.slice(0, st.indent.length - st.indentBy);
    },
    table(data, properties) {
      if (properties !== undefined && !Array.isArray(properties)) throw errors.invalidArgType('properties', 'Array', properties);
      if (data === null || typeof data !== 'object') return this.log(data);
      const show = (v) => {
        const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
        return util.inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...this[kState].inspectOptions });
      };
      const indexes = (n) => Array.from({ length: n }, (_, i) => show(i));
      const final = (head, columns) => this.log(renderTable(head, columns));
      const types = util.types;
      if (types.isMapIterator(data) || types.isSetIterator(data)) {
        // Node previews an iterator's entries without reading them; goja
        // cannot, so the iterator is read. A Map iterator of [key, value]
        // pairs is taken as entries().
        const entries = [...data];
        const pairs = types.isMapIterator(data) && entries.every((e) => Array.isArray(e) && e.length === 2);
        data = pairs ? new Map(entries) : new Set(entries);
      }
      if (types.isMap(data)) {
        const keys = [], values = [];
        for (const [k, v] of data) {
          keys.push(show(k));
          values.push(show(v));
        }
        return final(['(iteration index)', 'Key', 'Values'], [indexes(keys.length), keys, values]);
      }
      if (types.isSet(data)) {
        const values = [];
        for (const v of data) values.push(show(v));
        return final(['(iteration index)', 'Values'], [indexes(values.length), values]);
      }
      const map = { __proto__: null };
      let hasPrimitives = false;
      const primitives = [];
      const indexKeys = Object.keys(data);
      for (let i = 0; i < indexKeys.length; i++) {
        const item = data[indexKeys[i]];
        const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
        if (properties === undefined && primitive) {
          hasPrimitives = true;
          primitives[i] = show(item);
        } else {
          for (const key of properties || Object.keys(item)) {
            map[key] ??= [];
            map[key][i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key) ? '' : show(item[key]);
          }
        }
      }
      const head = Object.keys(map);
      const columns = Object.values(map);
      if (hasPrimitives) {
        head.push('Values');
        columns.push(primitives);
      }
      head.unshift('(index)');
      columns.unshift(indexKeys);
      return final(head, columns);
    },
  });
  P.dirxml = P.log;
  P.groupCollapsed = P.group;
  // width is the columns a string takes in a terminal: East Asian wide
  // and fullwidth characters take two, combining marks none.
  function width(s) {
    let n = 0;
    for (const ch of String(s).replace(/\x1b\[[0-9;]*m/g, '')) {
      const c = ch.codePointAt(0);
      if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) || (c >= 0xfe00 && c <= 0xfe0f)) continue;
      n += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff) ||
        (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
    }
    return n;
  }
  // renderTable is Node's cli_table: box-drawn, every cell left-aligned.
  function renderTable(head, columns) {
    const widths = head.map(width);
    const longest = Math.max(...columns.map((c) => c.length));
    const rows = [];
    for (let i = 0; i < head.length; i++) {
      for (let j = 0; j < longest; j++) {
        rows[j] ??= [];
        const value = rows[j][i] = Object.prototype.hasOwnProperty.call(columns[i], j) ? columns[i][j] : '';
        widths[i] = Math.max(widths[i] || 0, width(value));
      }
    }
    const row = (cells) => '│ ' + cells.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join(' │ ') + ' │';
    const divider = widths.map((w) => '─'.repeat(w + 2));
    let out = '┌' + divider.join('┬') + '┐\n' + row(head) + '\n├' + divider.join('┼') + '┤\n';
    for (const r of rows) out += row(r) + '\n';
    return out + '└' + divider.join('┴') + '┘';
  }
  function context() { throw errors.notImplemented('Console.context'); }
  function createTask() { throw errors.notImplemented('Console.createTask'); }
  g.Console = Console;
  g.context = context;
  g.createTask = createTask;
  const named = { Console, context, createTask };
  for (const k of ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert',
    'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml', 'groupCollapsed', 'profile',
    'profileEnd', 'timeStamp']) {
    named[k] = g[k].bind(g);
  }
  module.exports = g;
  module.named = named;
})
