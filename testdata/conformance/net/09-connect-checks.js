// date=2026-11-23
// connect()'s argument checks, in workerd's order and words (the address as a string or a {hostname, port} dictionary, the options), and a refused connection: closed rejects, then opened, reads end, writes reject.
const { connect } = await import('cloudflare:sockets');
const show = (p, tag) => p.then((v) => console.log(tag, 'resolved', String(JSON.stringify(v)).replaceAll(TCP, 'TCP')), (e) => console.log(tag, 'rejected', e && e.constructor.name, e && e.message));
{ const s = connect(REFUSED); await Promise.all([show(s.opened, 'refused opened'), show(s.closed, 'refused closed')]);
  await show(s.readable.getReader().read(), 'refused read'); await show(s.writable.getWriter().write(new Uint8Array(1)), 'refused write'); }
const [host, port] = TCP.split(':');
for (const a of ['', 'nohost', host + ':99999', host + ':abc', host + ':-1', host + ':+1', host + ':1.0', ':80', 'a:b:c', 'a b:80', host + ':', '[::1]', '::1:80', ' ' + TCP, TCP + ' ', TCP + '/x', 'http://' + TCP, 'x'.repeat(300) + ':80', 5, null, undefined, [], {}, new String(TCP),
  { hostname: host }, { hostname: host, port: -1 }, { hostname: host, port: 70000 }, { hostname: host, port: NaN }, { hostname: host, port: '' + port }, { hostname: host, port: +port }, { hostname: host + '/', port: 1 }]) {
  try {
    const s = connect(a);
    console.log('addr', String(JSON.stringify(a)).replaceAll(TCP, 'TCP').replaceAll(port, 'PORT'), 'returned');
    await Promise.race([show(s.opened, '  opened'), new Promise((r) => setTimeout(r, 300))]);
    s.close();
  } catch (e) { console.log('addr', String(JSON.stringify(a)).replaceAll(TCP, 'TCP').replaceAll(port, 'PORT'), 'threw', e.constructor.name, e.message); }
}
for (const o of [{ secureTransport: 'bogus' }, { secureTransport: 'starttls' }, { secureTransport: 'off' }, { allowHalfOpen: 'yes' }, 5, 'x', null, { highWaterMark: 5 }]) {
  try { const s = connect(TCP, o); console.log('opt', JSON.stringify(o), 'returned', s.secureTransport); await show(s.opened, '  opened'); s.close(); }
  catch (e) { console.log('opt', JSON.stringify(o), 'threw', e.constructor.name, e.message); }
}
try { connect('', { secureTransport: 'bogus' }); } catch (e) { console.log('order', e.message); }
try { connect(null, 5); } catch (e) { console.log('order', e.message); }
try { connect('nohost', 5); } catch (e) { console.log('order', e.message); }
try { connect('a b:80', { secureTransport: 'bogus' }); } catch (e) { console.log('order', e.message); }
