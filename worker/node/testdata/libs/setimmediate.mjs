// Run by TestLibraries (libs_test.go) with the real package, when installed.
import 'setimmediate';
export default { async test() {
  const log = [];
  const ch = new MessageChannel();
  ch.port2.onmessage = (e) => log.push('port ' + e.data);
  setImmediate(() => log.push('imm 1'));
  setTimeout(() => log.push('timeout 0'), 0);
  setImmediate(() => log.push('imm 2'));
  ch.port1.postMessage(1);
  Promise.resolve().then(() => log.push('micro'));
  await new Promise((r) => setTimeout(r, 30));
  console.log(log.join(' | '), typeof setImmediate);
}};
