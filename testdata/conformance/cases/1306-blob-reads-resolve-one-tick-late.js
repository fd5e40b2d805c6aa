		const b = new Blob(['abc']);
		const order = [];
		b.text().then(() => order.push('text'));
		b.arrayBuffer().then(() => order.push('ab'));
		b.bytes().then(() => order.push('bytes'));
		Promise.resolve().then(() => order.push('p1')).then(() => order.push('p2')).then(() => order.push('p3'));
		setTimeout(() => console.log(order.join()), 0);
		b.bytes().then((u) => console.log(Object.prototype.toString.call(u), u.length, u.buffer.byteLength));
		new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe2, 0x82, 0x62, 0xff])]).text().then((s) => console.log(JSON.stringify(s)));
