		const acc = [];
		new File([], 'x', { get type() { acc.push('type'); }, get endings() { acc.push('endings'); }, get lastModified() { acc.push('lastModified'); } });
		console.log(acc.join());
		for (const lm of [5, -1.5, NaN, '12', 'abc', Infinity, new Date(42)]) console.log(new File([], 'x', {lastModified: lm}).lastModified);
		for (const n of [123, null, undefined]) console.log(new File([], n).name);
		console.log(typeof new File([], 'x').lastModified, new File([], 'x').lastModified > 1e12);
