// Run by TestLibraries (libs_test.go) with the real package, when installed.
import * as Scheduler from 'scheduler';
export default { async test() {
  const log = [];
  const ch = new MessageChannel();
  ch.port2.onmessage = (e) => { log.push('port ' + e.data); };
  Scheduler.unstable_scheduleCallback(Scheduler.unstable_NormalPriority, () => { log.push('task A'); });
  Scheduler.unstable_scheduleCallback(Scheduler.unstable_UserBlockingPriority, () => { log.push('task B'); });
  setTimeout(() => log.push('timeout 0'), 0);
  ch.port1.postMessage(1);
  Promise.resolve().then(() => log.push('micro'));
  await new Promise((r) => setTimeout(r, 30));
  console.log(log.join(' | '));
}};
