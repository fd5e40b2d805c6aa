function t(f) { try { console.log(String(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }

		const b = new Blob(['abcdef']);
		for (const [s, e] of [[1, -1], [-2, undefined], [Infinity, -Infinity], [-Infinity, Infinity], [NaN, 2], ['1', {valueOf() { return 3; }}], [1.9, 3.9], [4, 2]])
			console.log(String(s), String(e), b.slice(s, e).size);
		t(() => b.slice(2 ** 53));
		t(() => b.slice(0, 2 ** 32 + 2));
		t(() => b.slice(1n));
		t(() => b.slice(0, 1) instanceof File);
