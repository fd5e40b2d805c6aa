const { port1, port2 } = new MessageChannel();
const obj = { n: 1, list: [1] };
port2.onmessage = (e) => console.log(JSON.stringify(e.data), e.data === obj);
port1.postMessage(obj);
obj.n = 2;
obj.list.push(2);
port1.postMessage(obj);
obj.n = 3;
