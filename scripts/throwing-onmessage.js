// throwing-onmessage.js: what happens when a 'message' listener throws, before
// and after 2026-09-15 (the flag spec_compliant_dispatch_exceptions).
//
//   mcrepl run --compat-date 2026-09-14 scripts/throwing-onmessage.js
//   mcrepl run --compat-date 2026-09-15 scripts/throwing-onmessage.js
//
// Before 2026-09-15 workerd dispatches a second 'message' event whose data is
// the exception itself, to the same listeners; no messageerror fires and
// nothing is reported. From 2026-09-15 the exception is reported (a global
// 'error' event, then "Uncaught ..." on standard error) and one 'messageerror'
// event follows, carrying it. mcrepl then exits 1, as for any uncaught error.
const { port1, port2 } = new MessageChannel();

port2.onmessage = (e) => {
  if (e.data instanceof Error) {
    console.log('onmessage got the exception back:', e.data.message);
    return;
  }
  console.log('onmessage got', e.data);
  throw new Error('cannot handle ' + e.data);
};
port2.onmessageerror = (e) => console.log('onmessageerror got', e.data.message);
addEventListener('error', (e) => console.log('global error event:', e.message));

port1.postMessage('job 1');
