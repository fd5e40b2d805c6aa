// config: date=2026-11-23 flags=nodejs_compat
// A ClientRequest before it is sent: its fields, the Host and Authorization headers it makes, the
// header methods and their checks, setHeaders, the socket methods' checks, https' defaults; a
// request with no header at all is answered 400 without the network; destroy() and abort() before
// sending.
const http = process.getBuiltinModule('node:http');
const https = process.getBuiltinModule('node:https');
const show = (label, f) => { try { const r = f(); console.log(label, 'ok', typeof r === 'object' && r !== null ? r.constructor.name : JSON.stringify(r)); } catch (e) { console.log(label, e.constructor.name, e.name, e.code, JSON.stringify(e.message)); } };
const fields = (r) => [r.method, r.path, r.host, r.protocol, r.port, r.agent === http.globalAgent ? 'globalAgent' : r.agent === https.globalAgent ? 'https.globalAgent' : r.agent && r.agent.constructor.name, r.timeout, r.headersSent, r._header, r.finished, r.writable, r.destroyed, r.aborted, r.reusedSocket, r.maxHeadersCount, r.socket, r.connection, r.joinDuplicateHeaders, JSON.stringify(r.getHeaders())].join(' ');
console.log(fields(http.request('http://example.com/a/b?c=d#frag')));
console.log(fields(http.request('http://example.com:8080/')));
console.log(fields(http.request('http://user:p%40ss@[::1]:81/x', { method: 'post', timeout: 5 })));
console.log(fields(http.request({ host: 'h.test', port: 80, path: '/p', headers: { 'X-A': 1, Host: 'other' } })));
console.log(fields(http.request({ hostname: '::1', defaultPort: 99, agent: false })));
console.log(fields(http.request({ setHost: false })));
console.log(fields(http.request({ setDefaultHeaders: false, auth: 'a:b' })));
console.log(fields(https.request('https://example.com/s')));
console.log(fields(https.request('https://example.com:8443/', { headers: ['X-B', 'y'] })));
console.log(fields(https.request({ host: 'example.com', agent: new https.Agent() })));
const r = http.request('http://example.com/');
show('getHeader number', () => r.getHeader(1));
show('hasHeader', () => r.hasHeader());
show('removeHeader', () => r.removeHeader(null));
show('setHeader name', () => r.setHeader('bad name', 'x'));
show('setHeader value', () => r.setHeader('x', 'a\rb'));
show('setHeader undefined', () => r.setHeader('x', undefined));
show('setHeaders map', () => r.setHeaders(new Map([['x-m', '1'], ['set-cookie', ['a', 'b']]])).getHeaders());
show('setHeaders headers', () => r.setHeaders(new Headers({ 'x-h': '2' })).getHeader('x-h'));
show('setHeaders array', () => r.setHeaders([['a', 'b']]));
show('appendHeader', () => r.appendHeader('x-m', ['2', '3']).getHeader('x-m'));
console.log(JSON.stringify(r.getHeaders()), JSON.stringify(r.getRawHeaderNames()), JSON.stringify(r._renderHeaders()));
show('setNoDelay', () => r.setNoDelay(1));
show('setNoDelay ok', () => r.setNoDelay(true));
show('setSocketKeepAlive', () => r.setSocketKeepAlive(true, 'x'));
show('setTimeout', () => r.setTimeout('x'));
show('setTimeout neg', () => r.setTimeout(-5));
show('setTimeout ok', () => r.setTimeout(10).timeout);
show('clearTimeout', () => r.clearTimeout());
show('addTrailers', () => r.addTrailers({}));
show('onSocket', () => r.onSocket({}));
show('write number', () => r.write(5));
show('write null', () => r.write(null));
show('pipe', () => { r.once('error', (e) => console.log('pipe error', e.code)); return r.pipe(null); });
show('OutgoingMessage', () => new http.OutgoingMessage().getHeaders());
{
  const seen = [];
  const q = http.request('http://example.com/');
  for (const n of ['error', 'close', 'abort', 'finish']) q.on(n, (e) => seen.push(n + (e ? ' ' + e.constructor.name + ' ' + e.code + ' ' + e.message + ' ' + String(e) : '')));
  console.log(q.destroy() === q, q.destroyed, q.errored);
  await new Promise((res) => setTimeout(res, 0));
  console.log('destroy:', seen.join(' | '), q.closed);
}
{
  const seen = [];
  const q = http.request('http://example.com/');
  for (const n of ['error', 'close', 'abort']) q.on(n, (e) => seen.push(n + (e ? ' ' + e.message : '')));
  q.abort();
  q.abort();
  console.log(q.aborted, q.destroyed);
  await new Promise((res) => setTimeout(res, 0));
  console.log('abort:', seen.join(' | '), q.end() === q, q.writableEnded);
}
{
  const seen = [];
  const q = http.request('http://example.com/');
  q.on('error', (e) => seen.push('error ' + e.message));
  q.on('close', () => seen.push('close'));
  q.destroy(new Error('mine'));
  await new Promise((res) => setTimeout(res, 0));
  console.log('destroy(err):', seen.join(' | '), q.errored.message);
}
{
  const seen = [];
  const q = http.get({ setHost: false, host: 'example.com', path: '/nohost' }, (res) => {
    seen.push('response ' + res.statusCode + ' ' + res.statusMessage + ' ' + JSON.stringify(res.headers) + ' ' + res.url);
    res.on('end', () => seen.push('end'));
    res.resume();
  });
  q.on('finish', () => seen.push('finish'));
  q.on('close', () => seen.push('close'));
  await new Promise((res) => q.on('close', res));
  console.log('no host:', seen.join(' | '), q.headersSent, JSON.stringify(q._header));
}
