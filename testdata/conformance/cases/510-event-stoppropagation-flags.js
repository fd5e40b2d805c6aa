const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', (e) => { e.preventDefault(); console.log('defaultPrevented after preventDefault', e.defaultPrevented, e.returnValue); e.stopPropagation(); console.log('cancelBubble', e.cancelBubble); });
port2.addEventListener('message', (e) => console.log('second listener still runs after stopPropagation', e.data));
port1.postMessage('m');
