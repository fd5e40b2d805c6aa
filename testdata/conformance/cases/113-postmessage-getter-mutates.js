const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', JSON.stringify(e.data), JSON.stringify(Object.keys(e.data)));
const o = { get a() { delete this.c; this.d = 'added'; return 1; }, b: 2, c: 3 };
port1.postMessage(o);
