class FileSubclass extends File {}
class BlobSubclass extends Blob {}
try { structuredClone(new FileSubclass([], 'x')); } catch (e) { console.log(e.name + ': ' + e.message); }
const c = structuredClone(new BlobSubclass(['ab'])); console.log(c instanceof Blob, c instanceof BlobSubclass, c.size);
for (const x in [new Blob([])]) console.log('key', x);
