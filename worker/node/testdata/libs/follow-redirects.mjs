import followRedirects from 'follow-redirects';
const { http, https } = followRedirects;
// follow-redirects wraps node:http's request in its RedirectableRequest:
// its option checks, body limit, abort and destroy run over workerd's
// ClientRequest without reaching the network.
export default {
  async test() {
    const show = (label, f) => { try { const r = f(); console.log(label, 'ok', r && r.constructor.name); } catch (e) { console.log(label, e.name, e.code, e.message); } };
    show('protocol', () => http.request('https://example.com/'));
    show('bad url', () => http.request('http://exa mple.com/'));
    show('https', () => https.request('https://example.com/'));
    {
      const req = http.request({ host: 'example.com', path: '/a', method: 'POST', maxBodyLength: 4 });
      console.log(typeof req.setHeader, req.getHeader ? 'getHeader' : 'none');
      req.setHeader('X-A', '1');
      console.log(req.getHeader('x-a'), req._currentRequest.constructor.name, req._currentRequest.getHeader('host'), req._currentRequest.method, req._currentRequest.path);
      const seen = [];
      req.on('error', (e) => seen.push('error ' + e.name + ' ' + e.code + ' ' + e.message));
      req.write('ab');
      req.write('cdef');
      await new Promise((r) => setTimeout(r, 0));
      console.log('body limit:', seen.join(' | '), req._currentRequest.destroyed);
    }
    {
      const req = http.request('http://example.com/b');
      const seen = [];
      for (const n of ['abort', 'error', 'close']) req.on(n, (e) => seen.push(n + (e ? ' ' + e.code + ' ' + e.message : '')));
      req.destroy();
      await new Promise((r) => setTimeout(r, 10));
      console.log('destroy:', seen.join(' | '), req.destroyed);
    }
    {
      const req = http.request('http://example.com/c');
      const seen = [];
      for (const n of ['abort', 'error', 'close']) req.on(n, (e) => seen.push(n + (e ? ' ' + e.code + ' ' + e.message : '')));
      req.abort();
      await new Promise((r) => setTimeout(r, 10));
      console.log('abort:', seen.join(' | '));
    }
    {
      const req = http.request('http://example.com/d');
      req.setTimeout(5);
      const seen = [];
      req.on('timeout', () => seen.push('timeout'));
      req.on('error', (e) => seen.push('error ' + e.name + ' ' + e.message));
      req.destroy();
      await new Promise((r) => setTimeout(r, 20));
      console.log('setTimeout then destroy:', seen.join(' | '));
    }
  },
};
