// config: date=2026-11-23 flags=nodejs_compat
// node:url's fileURLToPath and pathToFileURL with { windows: true } (drive letters, UNC shares, their errors) and without, their errors' codes and messages, and their lengths.
const url = process.getBuiltinModule('node:url');
const show = (l, f) => { try { console.log(l, JSON.stringify(f())); } catch (e) { console.log(l, 'threw', e.code, e.message); } };
show('posix', () => url.fileURLToPath('file:///a/b%20c'));
show('win', () => url.fileURLToPath('file:///C:/a/b%20c', { windows: true }));
show('win unc', () => url.fileURLToPath('file://server/share/x', { windows: true }));
show('win bad', () => url.fileURLToPath('file:///a/b', { windows: true }));
show('win false', () => url.fileURLToPath('file:///C:/a', { windows: false }));
show('p2f', () => url.pathToFileURL('/a/b c#?').href);
show('p2f win', () => url.pathToFileURL('C:\\a\\b c', { windows: true }).href);
show('p2f win unc', () => url.pathToFileURL('\\\\server\\share\\x', { windows: true }).href);
show('opts bad', () => url.fileURLToPath('file:///a', 5));
show('p2f rel', () => url.pathToFileURL('rel/x').href);
show('host', () => url.fileURLToPath('file://host/a'));
show('scheme', () => url.fileURLToPath('http://x/'));
show('enc', () => url.fileURLToPath('file:///a%2fb'));
show('enc win', () => url.fileURLToPath('file:///C:/a%5Cb', { windows: true }));
show('p2f unc bad', () => url.pathToFileURL('\\\\server', { windows: true }));
show('p2f unc empty', () => url.pathToFileURL('\\\\\\x', { windows: true }));
show('p2f trail', () => url.pathToFileURL('C:\\a\\', { windows: true }).href);
show('p2f tab', () => url.pathToFileURL('/a\tb%c').href);
show('lens', () => [url.fileURLToPath.length, url.pathToFileURL.length]);
