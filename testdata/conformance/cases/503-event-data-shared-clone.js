const { port1, port2 } = new MessageChannel();
const sent = { n: 1 };
let firstData;
port2.addEventListener('message', (e) => { firstData = e.data; e.data.touched = true; });
port2.addEventListener('message', (e) => console.log('same clone for every listener', e.data === firstData, e.data.touched, e.data !== sent, sent.touched));
port1.postMessage(sent);
