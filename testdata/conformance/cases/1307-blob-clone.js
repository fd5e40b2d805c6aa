		const b = new Blob(['hello'], {type: 'Text/Plain'});
		const c = structuredClone({a: b, b: b});
		console.log(c.a !== b, c.a === c.b, c.a instanceof Blob, c.a.size, c.a.type);
		try { structuredClone(new File(['x'], 'a.txt')); } catch (e) { console.log(e.constructor.name + ': ' + e.name + ': ' + e.message); }
		const ch = new MessageChannel();
		ch.port2.onmessage = (e) => { e.data.text().then((t) => { console.log('port', t); ch.port1.close(); }); };
		ch.port1.postMessage(b);
