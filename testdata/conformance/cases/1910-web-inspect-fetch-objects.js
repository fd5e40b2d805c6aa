    // console.log of Headers, FormData, Request and Response (bodiless ones: a body's stream is
    // package streams' to show), as workerd's inspect prints them.
    console.log(new Headers([['b', '1'], ['a', '2'], ['set-cookie', 'x'], ['set-cookie', 'y']]));
    console.log(new Headers());
    console.log(new Headers({ a: '1' }), new Headers({ 'x-long-header-name': 'a fairly long value here' }));
    console.log(new Headers({ 'x-long-header-name': 'a fairly long value here', b: '2' }));
    console.log(Response.redirect('http://a/').headers);
    console.log(new Request('http://a/'));
    console.log(new Request('http://a/x?y', { method: 'put', headers: { 'X-A': '1', b: '2' }, cf: { colo: 'LHR', n: [1, 2] }, cache: 'no-store', redirect: 'manual', signal: AbortSignal.abort('r') }));
    console.log(new Response(null));
    console.log(new Response(null, { status: 404, statusText: 'Not Found', headers: [['a', '1']], cf: { x: 1 } }));
    console.log(Response.error());
    console.log(Response.redirect('http://a/', 307));
    const fd = new FormData(); fd.append('a', '1'); fd.append('f', new File(['z'], 'n.txt', { lastModified: 7, type: 'T/X' })); fd.append('a', 'second');
    console.log(fd);
    console.log(new FormData());
    const small = new FormData(); small.append('k', 'v'); console.log(small);
    console.log([new Headers({ a: '1' })], { h: new Headers({ a: '1' }) }, { r: new Response(null) });
    console.log(new Headers({ a: '1' }).entries(), fd.keys());
    console.log('%o', new Headers({ q: 'w' }));
    class MyHeaders extends Headers {} console.log(new MyHeaders({ a: '1' }));
