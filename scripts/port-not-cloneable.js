// port-not-cloneable.js: a MessagePort cannot be sent, so a channel cannot be
// handed to the other side of another channel.
//
//   mcrepl run scripts/port-not-cloneable.js
//
// Browsers and Node let you transfer a port (postMessage(port, [port])).
// workerd refuses transfer lists (scripts/transfer-refused.js), and a port is
// not cloneable either: postMessage throws a DataCloneError at once, and no
// message is sent. The same goes for structuredClone, and for a MessageChannel,
// which is refused for its ports (it is a plain object holding two ports).
const { port1, port2 } = new MessageChannel();
const other = new MessageChannel();

try {
  port1.postMessage({ replyTo: other.port2 });
} catch (e) {
  console.log(e.name, e.code, e instanceof DOMException);
  console.log(e.message);
}
try {
  structuredClone(other);
} catch (e) {
  console.log(e.message);
}
