// changelog-example.js: the example from Cloudflare's changelog entry for the
// global MessageChannel, exactly as written. It prints nothing.
//
//   mcrepl run scripts/changelog-example.js
//
// The handler is on port2 and the message is posted on port2, but a port never
// receives its own posts: the message goes to port1, which has no listener,
// so it waits in port1's queue until the script ends. The console stays
// silent; mcrepl's report (on standard error) says where the message is and
// how to fix the script. scripts/changelog-fixed.js is the fixed version.
const {port1, port2} = new MessageChannel();
port2.onmessage = e => console.log(e.data);
port2.postMessage('Hello from port2!');
