// Run by TestLibraries (libs_test.go) with the real package, when installed.
import Bluebird from 'bluebird';
export default { async test() {
  const log = [];
  const ch = new MessageChannel();
  ch.port2.onmessage = (e) => log.push('port ' + e.data);
  Bluebird.resolve(1).then((v) => log.push('bluebird ' + v));
  setTimeout(() => log.push('timeout 0'), 0);
  ch.port1.postMessage(1);
  Promise.resolve().then(() => log.push('native micro'));
  await new Promise((r) => setTimeout(r, 30));
  console.log(log.join(' | '));
}};
