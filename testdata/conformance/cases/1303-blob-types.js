		for (const ty of ['image/gif;', 'TEXT/HTML;Charset=UTF-8', '\u00ff', 'te\x7fxt', 'te\x09xt', 'a\x00', 'ü/b'])
			console.log(JSON.stringify([new Blob([], {type: ty}).type, new Blob(['x']).slice(0, 1, ty).type, new File([], 'n', {type: ty}).type]));
		console.log(new Blob([], {type: 'A'}).slice(0, 0, 5).type, new Blob([], {type: 'A'}).slice(0, 0, null).type);
