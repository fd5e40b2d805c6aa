// hello.js: the smallest correct MessageChannel program.
//
//   go run . run scripts/hello.js
//
// A channel has two entangled ports: what one port posts, the OTHER port
// receives. Setting onmessage starts the receiving port; each message is
// delivered in its own microtask, so 'posted' prints before 'got'.
// mcrepl's event log prints a line for each message event as it fires.
const { port1, port2 } = new MessageChannel();

port2.onmessage = (event) => {
  console.log('got', event.data);
  port2.close(); // nothing more to receive; fires 'close' on both ports
};

port1.postMessage({ greeting: 'hello', from: 'port1' });
console.log('posted');
