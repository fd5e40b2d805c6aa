// config: date=2026-11-23
// The names and lengths of node: exports where workerd's functions are not
// plain ones: util.types' brand checks are bound (length 0) but for
// isCryptoKey and isKeyObject, util.isRegExp is plain, process's stubs are
// named with workerd's lengths, path.format is a bound _format,
// buffer.atob and btoa are bound, and the console's methods are named but
// for log, info, debug, warn and error; process.stdout and its kin have a
// setter.
const fns = (o, keys) => (keys || Object.keys(o).sort()).filter((k) => typeof o[k] === 'function').map((k) => k + '=' + o[k].name + '/' + o[k].length).join(' ');
const types = await import('node:util/types');
console.log(fns(types));
const util = (await import('node:util')).default;
console.log(fns(util, ['isRegExp', 'isDate', 'isArray', 'isError', 'inspect', 'format']));
const process = (await import('node:process')).default;
console.log(fns(process, ['_debugEnd', '_debugProcess', '_fatalException', '_kill', '_linkedBinding', 'binding', 'cpuUsage', 'dlopen', 'execve', 'getActiveResourcesInfo', 'hasUncaughtExceptionCaptureCallback', 'kill', 'openStdin', 'setUncaughtExceptionCaptureCallback', 'setegid', 'seteuid', 'setgid', 'setgroups', 'setuid', 'threadCpuUsage']));
const d = Object.getOwnPropertyDescriptor(process, 'stdout');
console.log(d.get.name, d.set.name, d.enumerable, d.configurable);
const saved = process.stderr;
process.stderr = 'replaced';
console.log(process.stderr, process.stdout === process.stdout);
process.stderr = saved;
const path = await import('node:path');
console.log(path.format.name, path.format.length, path.posix.format.name, path.win32.format.name, path.win32.format.length, path.format({ dir: '/a', base: 'b' }), path.win32.format({ dir: 'C:\\a', base: 'b' }));
const buffer = await import('node:buffer');
console.log(buffer.atob.name, buffer.atob.length, buffer.btoa.name, buffer.btoa.length, buffer.atob('aGk='), buffer.btoa('hi'));
console.log(fns(console, ['log', 'info', 'debug', 'warn', 'error', 'dir', 'table', 'trace', 'assert', 'count', 'countReset', 'time', 'timeEnd', 'timeLog', 'group', 'groupCollapsed', 'groupEnd']), console.group === console.groupCollapsed);
const nodeConsole = await import('node:console');
console.log(fns(nodeConsole));
