// date=2026-11-23 flags=fetch_redirect_error
// fetch_redirect_error: a Request's redirect may be 'error', and a redirect
// response then rejects fetch(); 'manual' and 'follow' as before; another
// value names the three modes.
for (const mode of ['error', 'manual', 'follow', 'ERROR', 'FOLLOW', 'Manual']) {
  try { console.log('request', mode, new Request(HTTP + '/http/redirect', { redirect: mode }).redirect); } catch (e) { console.log('request', mode, e.name, e.message); }
  try { const r = await fetch(HTTP + '/http/redirect', { redirect: mode }); console.log('fetch', mode, r.status, r.redirected, new URL(r.url).pathname); await r.arrayBuffer(); } catch (e) { console.log('fetch', mode, e.name, e.message); }
}
try { const r = await fetch(HTTP + '/http/echo', { redirect: 'error' }); console.log('no redirect', r.status); await r.text(); } catch (e) { console.log('no redirect', e.name, e.message); }
try { new Request(HTTP, { redirect: 'bogus' }); } catch (e) { console.log('bogus', e.name, e.message); }
