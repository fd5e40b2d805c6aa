    // Every URL setter over special, file, opaque and non-special URLs (a hash of all hrefs plus the hrefs).
    const bases = ['http://u:p@h.com:81/a/b?q=1#f', 'https://h/', 'file:///C:/x', 'file://host/p', 'mailto:a@b', 'data:text/plain,x', 'sc://h:1/p?q#f', 'sc:/p', 'sc:p', 'ws://h/', 'blob:http://h/uuid', 'javascript:alert(1)', 'http://[::1]/', 'http://1.2.3.4/'];
    const setters = { protocol: ['http', 'https:', 'file', 'sc', 'ws', 'mailto', 'x y', ''], username: ['', 'a b', 'ü', '@:'], password: ['', 'p w', ':'], host: ['', 'x.com', 'x.com:99', '[::2]', 'a b', 'ü.com', 'x:0', 'x:65536', '%41', 'a/b'], hostname: ['', 'y.org', '[::3]', 'a:b', '1.2.3', '0x7f000001'], port: ['', '0', '8080', '80', '443', 'a', '99999', '12a'], pathname: ['', '/a/../b', 'c d', '%2e%2e', '\\x', '?#'], search: ['', '?', 'a=b c', '#x', '?ü'], hash: ['', '#', 'x y', '#ü', '`'] };
    const out = [];
    for (const b of bases) for (const [k, vals] of Object.entries(setters)) for (const v of vals) { const u = new URL(b); try { u[k] = v; out.push(u.href); } catch (e) { out.push('E:' + e.message); } }
    let h = 0; for (const s of out) for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
    console.log(out.length, h);
    for (let i = 0; i < out.length; i += 40) console.log(out.slice(i, i + 40).join(' '));
