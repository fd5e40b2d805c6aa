// date=2026-11-23
// startTls()'s checks in workerd's order (a TLS socket, a second call, even on the upgraded socket, a closed socket, the option), and what the upgrade does to the old socket at once: upgraded, closed resolved, its streams locked. (The TLS handshake itself cannot run in a local workerd: docs/differences.md; worker/sockets' tests cover it.)
const { connect } = await import('cloudflare:sockets');
const tryTls = (s, tag) => { try { const t = s.startTls(); t.opened.catch(() => {}); console.log(tag, 'returned', t.secureTransport, t.upgraded); return t; } catch (e) { console.log(tag, 'threw', e.constructor.name, e.message); } };
{ const s = connect(TCP, { secureTransport: 'on' }); s.opened.catch(() => {}); tryTls(s, 'on'); await s.closed.catch(() => {}); }
{ const s = connect(TCP); await s.opened; tryTls(s, 'off open'); await s.close(); tryTls(s, 'off closed'); }
{ const s = connect(TCP, { secureTransport: 'starttls' }); await s.opened; await s.close(); tryTls(s, 'starttls closed'); }
{ const s = connect(TCP, { secureTransport: 'starttls' }); tryTls(s, 'pending first'); tryTls(s, 'pending second'); await s.closed; console.log('pending old', s.upgraded); }
{ const s = connect(TCP, { secureTransport: 'starttls' }); s.close(); tryTls(s, 'closing'); await s.closed; console.log('closing old', s.upgraded); }
{ const s = connect(TCP, { secureTransport: 'starttls' }); await s.opened;
  const w = s.writable.getWriter(); await w.write(new TextEncoder().encode('hi\n')); w.releaseLock();
  const t = tryTls(s, 'open');
  console.log('old right after', s.upgraded, s.readable.locked, s.writable.locked);
  await s.closed; console.log('old closed', s.upgraded, s.readable.locked, s.writable.locked);
  tryTls(s, 'upgraded again'); tryTls(t, 'new one'); t.close(); }
