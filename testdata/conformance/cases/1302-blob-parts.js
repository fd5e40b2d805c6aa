		var arr = [{ toString() { arr.pop(); return 'PASS'; } }, { toString() { return 'no'; } }];
		const u = new Uint8Array([0x61, 0x62, 0x63]);
		const parts = [new Blob(['x']), u.buffer, new Uint16Array(u.buffer, 0, 1), new DataView(u.buffer, 1), 1, null, undefined];
		Promise.all([new Blob(arr).text(), new Blob(parts).text(), new File(['a', new File(['bc'], 'q')], 'x').text()])
			.then((r) => console.log(JSON.stringify(r)));
