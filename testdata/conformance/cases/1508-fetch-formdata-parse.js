    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    const show = async (fd) => JSON.stringify(await Promise.all([...fd].map(async ([k, v]) => typeof v === 'string' ? [k, v] : [k, v.constructor.name, v.name, v.type, await v.text(), typeof v.lastModified])));
    const form = (body, ct) => new Response(body, { headers: { 'content-type': ct } }).formData().then(show);
    // application/x-www-form-urlencoded: a charset other than UTF-8 is refused, for Request and Response
    for (const cs of ['shift_jis', 'UTF-8', 'utf8', '"utf-8"', 'unicode-1-1-UTF-8', ' windows-1252', '', '"utf-8\\"', '" utf-8"', 'utf-8 x', 'utf-16', 'utf-8\u0001', '"shift_jis";charset=utf-8', 'utf-8;charset=shift_jis']) {
      await t('charset=' + JSON.stringify(cs), () => form('a=1&b=%C2x&c+d=e+f', 'application/x-www-form-urlencoded;charset=' + cs));
    }
    await t('request charset', () => new Request('http://x/', { method: 'POST', body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded;charset=latin1' } }).formData().then(show));
    await t('request utf-8', () => new Request('http://x/', { method: 'POST', body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' } }).formData().then(show));
    // the Content-Type is parsed as a MIME type
    const mp = (b) => '--' + b + '\r\nContent-Disposition: form-data; name="x"\r\n\r\nval\r\n--' + b + '--';
    for (const [ct, b] of [['APPLICATION/X-WWW-FORM-URLENCODED; foo=bar', ''], ['application/x-www-form-urlencoded, text/plain', ''], ['application/x-www-form-urlencodedx', ''], ['application/x-www-form-urlencoded; charset = latin1', ''],
        ['multipart/form-data; boundary="a\\"b"', 'a"b'], ['multipart/form-data;boundary=B;boundary=C', 'B'], ['multipart/form-data;boundary=B;boundary=C', 'C'], ['MULTIPART/FORM-DATA; BOUNDARY=B', 'B'], ['multipart/form-data/x; boundary=B', 'B'],
        ['multipart/form-data; boundary=B C', 'B C'], ['multipart/form-data; boundary=B ', 'B'], ['multipart/form-data; boundary =B', 'B'], ['multipart/form-data;;boundary=B', 'B'], ['multipart/form-data; x; boundary=B', 'B'],
        ['multipart/form-data; boundary="B', 'B'], ['multipart/form-data; boundary="B"x; y=1', 'B'], ['multipart /form-data; boundary=B', 'B'], ['multipart/form-data; boundary=B\u0001', 'B\u0001'], ['multipart/form-data; boundary=""', ''],
        ['multipart/form-data; boundary=', 'B'], ['multipart/form-data', 'B'], ['text/plain; boundary=B', 'B'], ['multipart/form-data;boundary=B,text/plain', 'B,text/plain']]) {
      await t(JSON.stringify([ct, b]), () => form(ct.startsWith('application') ? 'a=1' : mp(b), ct));
    }
    // multipart/form-data bodies, workerd's reader and its messages
    const bodies = {
      basic: '--B\r\nContent-Disposition: form-data; name="x"\r\n\r\nval\r\n--B--\r\n',
      lf: '--B\nContent-Disposition: form-data; name="x"\n\nval\n--B--',
      preamble: 'junk\r\n--B\r\nContent-Disposition: form-data; name="x"\r\n\r\nval\r\n--B--',
      empty: '',
      nobound: 'hello',
      onlyboundary: '--B',
      badafter: '--Bxx\r\n',
      noterm: '--B\r\nContent-Disposition: form-data; name="x"\r\n',
      nosub: '--B\r\nContent-Disposition: form-data; name="x"\r\n\r\nval',
      nodisp: '--B\r\nContent-Type: text/plain\r\n\r\nval\r\n--B--',
      unquoted: '--B\r\nContent-Disposition: form-data; name=x\r\n\r\nval\r\n--B--',
      attachment: '--B\r\nContent-Disposition: attachment; name="x"\r\n\r\nval\r\n--B--',
      baddisp: '--B\r\nContent-Disposition: ;name="x"\r\n\r\nval\r\n--B--',
      noname: '--B\r\nContent-Disposition: form-data; filename="f"\r\n\r\nval\r\n--B--',
      file: '--B\r\nContent-Disposition: form-data; name="x"; filename="f.txt"\r\nContent-Type: text/plain\r\n\r\nval\r\n--B--',
      filenotype: '--B\r\nContent-Disposition: form-data; name="x"; filename="f.txt"\r\n\r\nval\r\n--B--',
      escaped: '--B\r\nContent-Disposition: form-data; name="a\\"b"; filename="c%22d"\r\n\r\nval\r\n--B--',
      pct: '--B\r\nContent-Disposition: form-data; name="a%22b"\r\n\r\nval\r\n--B--',
      spaces: '--B\r\nContent-Disposition:   form-data ;  name = "x"  \r\n\r\nval\r\n--B--',
      casehdr: '--B\r\ncontent-disposition: FORM-DATA; NAME="x"\r\n\r\nval\r\n--B--',
      lowerhdr: '--B\r\ncontent-disposition: form-data; name="x"\r\n\r\nval\r\n--B--',
      two: '--B\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--B\r\nContent-Disposition: form-data; name="y"\r\n\r\n2\r\n--B--',
      emptyval: '--B\r\nContent-Disposition: form-data; name="x"\r\n\r\n\r\n--B--',
      crlfinval: '--B\r\nContent-Disposition: form-data; name="x"\r\n\r\na\r\nb\r\n--B--',
      badhdr: '--B\r\nbad header line\r\n\r\nval\r\n--B--',
      continued: '--B\r\nContent-Disposition: form-data;\r\n name="x"\r\n\r\nval\r\n--B--',
      repeated: '--B\r\nContent-Disposition: form-data; name="x"\r\nContent-Disposition: form-data; name="y"\r\n\r\nval\r\n--B--',
      leadingspace: '--B\r\n Content-Disposition: form-data; name="x"\r\n\r\nval\r\n--B--',
      emptyname: '--B\r\nContent-Disposition: form-data; name=""\r\n\r\nval\r\n--B--',
      onlyend: '--B--',
      trailing: '--B\r\nContent-Disposition: form-data; name="x"\r\n\r\nval\r\n--B--junk',
      extraparam: '--B\r\nContent-Disposition: form-data; foo="1"; name="x"\r\n\r\nval\r\n--B--',
      dupname: '--B\r\nContent-Disposition: form-data; name="x"; name="y"\r\n\r\nval\r\n--B--',
      emptyfn: '--B\r\nContent-Disposition: form-data; name="x"; filename=""\r\n\r\nval\r\n--B--',
      bslash: '--B\r\nContent-Disposition: form-data; name="a\\nb"\r\n\r\nval\r\n--B--',
      utf8: '--B\r\nContent-Disposition: form-data; name="\u00e9"\r\n\r\n\u20ac\r\n--B--',
      spacecolon: '--B\r\nContent-Disposition : form-data; name="x"\r\n\r\nval\r\n--B--',
      nospace: '--B\r\nContent-Disposition:form-data; name="x"\r\n\r\nval\r\n--B--',
      tabvalue: '--B\r\nContent-Disposition:\tform-data;\tname="x"\t\r\n\r\nval\r\n--B--',
      lfcont: '--B\nContent-Disposition: form-data; name="x"\n\tfoo\n\nval\n--B--',
      ctrl: '--B\r\nContent-Disposition: form-data; name="x"\r\nX-A: a\u0001b\u007f\r\n\r\nval\r\n--B--',
      hdrnoname: '--B\r\nContent-Disposition: form-data; name="x"\r\n: ab\r\n\r\nval\r\n--B--',
      hdrseps: '--B\r\nContent-Disposition: form-data; name="x"\r\nX(A): b\r\n\r\nval\r\n--B--',
      nul: '--B\r\nContent-Disposition: form-data; name="x"\r\nX-A: a\u0000b\r\n\r\nval\r\n--B--',
      crlone: '--B\r\nContent-Disposition: form-data; name="x"\rX-A: b\r\n\r\nval\r\n--B--',
      mixed: '--B\r\nContent-Disposition: form-data; name="x"\nX-A: b\r\n\r\nval\r\n--B--',
      lfcrlf: '--B\r\nContent-Disposition: form-data; name="x"\n\r\nval\r\n--B--',
      ctspace: '--B\r\nContent-Disposition: form-data; name="x"; filename="f"\r\nContent-Type:   text/x  \r\n\r\nval\r\n--B--',
      ctrepeat: '--B\r\nContent-Disposition: form-data; name="x"; filename="f"\r\nContent-Type: text/x\r\nContent-Type: text/y\r\n\r\nval\r\n--B--',
      dispafter: '--B\r\nContent-Disposition: form-data; name="x"junk; filename="f"\r\n\r\nval\r\n--B--',
      dispbare: '--B\r\nContent-Disposition: form-data\r\n\r\nval\r\n--B--',
      dispctrl: '--B\r\nContent-Disposition: form-data; name="a\\\u0001b"\r\n\r\nval\r\n--B--',
      boundaryindata: '--B\r\nContent-Disposition: form-data; name="x"\r\n\r\nx--B\r\n--B--',
      nocr: '--B\r\nContent-Disposition: form-data; name="x"\r\n\r\nval\n--B--',
      twocr: '--B\r\nContent-Disposition: form-data; name="x"\r\n\r\nval\r\r\n--B--',
    };
    for (const [k, body] of Object.entries(bodies)) await t(k, () => form(body, 'multipart/form-data; boundary=B'));
    const enc = (s) => new TextEncoder().encode(s);
    const bin = new Uint8Array([...enc('--B\r\nContent-Disposition: form-data; name="x"; filename="f"\r\n\r\n'), 0xff, 0xfe, ...enc('\r\n--B\r\nContent-Disposition: form-data; name="y"\r\n\r\n'), 0xe2, 0x82, 0x41, ...enc('\r\n--B--')]);
    await t('bytes', async () => { const f = await new Response(bin, { headers: { 'content-type': 'multipart/form-data; boundary=B' } }).formData(); return [f.get('x').size, [...new Uint8Array(await f.get('x').arrayBuffer())].join('.'), JSON.stringify(f.get('y'))].join(' '); });
