    // text() and json(): the UTF-8 decoder keeps a BOM and replaces maximal subparts; which
    // Content-Types earn the "does not appear to be text" warning; blob()'s type is the
    // extracted, serialized MIME type of the Content-Type.
    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    const bom = () => new Uint8Array([0xef, 0xbb, 0xbf, 0x31]);
    await t('text bom', async () => (await new Response(bom()).text()).length);
    await t('req text bom', async () => (await new Request('http://a/', { method: 'POST', body: bom() }).text()).length);
    await t('json bom', async () => { try { return await new Response(bom()).json(); } catch (e) { return e.name; } });
    await t('json ws', async () => JSON.stringify(await new Response(' [1] ').json()));
    await t('subparts', async () => JSON.stringify(await new Response(new Uint8Array([0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0x42, 0xed, 0xa0, 0x80, 0xc3])).text()));
    for (const ct of ['text/plain', 'TEXT/PLAIN', 'text/x-anything', 'application/json', 'application/JSON', 'application/json; x=1', 'application/json ; q', 'application/ld+json', 'application/+json', 'application/vnd.api+json', 'application/xml', 'image/svg+xml', 'image/svg+XML', 'foo/bar+xml', 'a/b+json+xml', 'application/b+xml+json', 'application/javascript', 'application/x-javascript', 'text/javascript', 'text/html;', 'text/plain; charset="a',
      'application/x-www-form-urlencoded', 'application/x-www-form-urlencoded;charset=UTF-8', 'application/octet-stream', 'image/png', '', 'foo', 'text', 'application/jsonx', 'x/json', 'foo/json', 'image/x+json', 'a/+json', 'a/b+xml+json', 'foo/xml', 'application/xml-dtd', 'application/ecmascript', 'application/x-ecmascript', 'x/javascript', 'multipart/form-data', '/json', 'application/', 'text/"x"', 'text/plain,image/png']) {
      console.log('ct', JSON.stringify(ct));
      await new Response('x', { headers: { 'content-type': ct } }).text();
    }
    console.log('json() warns');
    await new Response('1', { headers: { 'content-type': 'image/json-call' } }).json();
    console.log('null body does not');
    await new Response(null, { headers: { 'content-type': 'image/null' } }).text();
    console.log('joined values');
    const h = new Headers(); h.append('content-type', 'text/plain'); h.append('content-type', 'image/png');
    await new Response('x', { headers: h }).text();
    console.log('blob types');
    for (const ct of ['A/B', 'Text/Plain; Charset=UTF-8', 'text/plain;a="b c"', 'text/plain;a=b;a=c', 'text/plain;A=B;c', 'text/plain ; a = b', 'text/plain;a="x\\"y"', 'text/plain;a=""', 'text/plain;a="b"', 'TEXT/HTML;CHARSET="UTF-8"', 'a/b;x=@', 'a/b,c/d', 'a/b, */*', 'a/b ; ', 'a/b;=x;y=z', 'text/plain;charset=gbk, text/plain', 'text/plain;charset=gbk, text/html', 'text/plain;charset=gbk, text/plain;charset=x', 'a/b;q="c,d"', 'a b/c', '']) {
      await t(JSON.stringify(ct), async () => JSON.stringify((await new Response('x', { headers: { 'content-type': ct } }).blob()).type));
    }
    await t('default string', async () => (await new Response('x').blob()).type);
    await t('params', async () => (await new Response(new URLSearchParams('a=1')).blob()).type);
    await t('none', async () => JSON.stringify((await new Response(new Uint8Array(1)).blob()).type));
    await t('request', async () => (await new Request('http://a', { method: 'POST', body: 'x', headers: { 'content-type': 'A/B;C=D' } }).blob()).type);
