		// workerd's Blob.prototype also has stream, after text (it waits for worker/streams)
		console.log(Object.getOwnPropertyNames(Blob.prototype).join(), Object.getOwnPropertyNames(File.prototype).join());
		console.log(Blob.length, File.length, Object.getPrototypeOf(File) === Function.prototype, Object.getPrototypeOf(File.prototype) === Blob.prototype);
		const d = Object.getOwnPropertyDescriptor(Blob.prototype, 'size');
		console.log(d.enumerable, d.configurable, d.get.name === '', Blob.prototype.slice.length);
		console.log(Object.prototype.toString.call(new Blob()), Object.prototype.toString.call(new File([], 'f')));
		console.log(JSON.stringify(new File(['x'], 'n')), new File([], 'n') instanceof Blob, 'Blob' in globalThis, Object.hasOwn(globalThis, 'Blob'));
