function t(f) { try { console.log(String(f())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }

		t(() => Blob());
		t(() => new Blob('abc'));
		t(() => new Blob(null));
		t(() => new Blob(new Uint8Array(2)));
		t(() => new Blob([], 123));
		t(() => new Blob([], {endings: 'native'}));
		t(() => new Blob([Symbol()]));
		t(() => new Blob([{toString: null, valueOf: null}]));
		t(() => new File(['x']));
		t(() => new File(null, 'x'));
		t(() => new File([], 'x', 5));
		t(() => Blob.prototype.size);
		t(() => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob([])));
