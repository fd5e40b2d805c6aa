// config: date=2025-08-15
// The setimmediate polyfill (YuzuJS/setImmediate) installs itself only where there is no
// setImmediate, on self (or global); it then prefers postMessage on the global (absent in
// workerd), else a MessageChannel, else setTimeout(0). This is that logic, abridged.
const global = typeof self === 'undefined' ? globalThis : self;
let installed = 'native';
if (!global.setImmediate) {
  let nextHandle = 1;
  const tasksByHandle = {};
  let currentlyRunningATask = false;
  const runIfPresent = (handle) => {
    if (currentlyRunningATask) { setTimeout(runIfPresent, 0, handle); return; }
    const task = tasksByHandle[handle];
    if (task) {
      currentlyRunningATask = true;
      try { task.callback(...task.args); } finally { delete tasksByHandle[handle]; currentlyRunningATask = false; }
    }
  };
  let registerImmediate;
  if (global.postMessage && !global.importScripts) {
    installed = 'postMessage';
  } else if (global.MessageChannel) {
    installed = 'MessageChannel';
    const channel = new MessageChannel();
    channel.port1.onmessage = (event) => { runIfPresent(event.data); };
    registerImmediate = (handle) => { channel.port2.postMessage(handle); };
  } else {
    installed = 'setTimeout';
    registerImmediate = (handle) => { setTimeout(runIfPresent, 0, handle); };
  }
  global.setImmediate = function setImmediate(callback, ...args) {
    tasksByHandle[nextHandle] = { callback, args };
    registerImmediate(nextHandle);
    return nextHandle++;
  };
  global.clearImmediate = function clearImmediate(handle) { delete tasksByHandle[handle]; };
}
console.log('setImmediate:', installed);
const log = [];
const ch = new MessageChannel();
ch.port2.onmessage = (e) => { log.push('port ' + e.data); };
setImmediate(() => log.push('imm 1'));
setTimeout(() => log.push('timeout 0'), 0);
setImmediate((x) => log.push('imm 2 ' + x), 'arg');
ch.port1.postMessage(1);
Promise.resolve().then(() => log.push('micro'));
await new Promise((r) => setTimeout(r, 5));
console.log(log.join(' | '));
