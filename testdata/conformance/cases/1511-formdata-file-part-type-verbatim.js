// A multipart part's Content-Type becomes its File's type as written (not normalised as
// the File constructor normalises it); a File appended to a FormData keeps its own type.
const body = '--b\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\nContent-Type: Text/Plain; Charset=UTF-8\r\n\r\nhello\r\n--b\r\nContent-Disposition: form-data; name="g"; filename="b.bin"\r\n\r\nxy\r\n--b--\r\n';
const fd = await new Response(body, { headers: { 'content-type': 'multipart/form-data; boundary=b' } }).formData();
for (const [k, v] of fd) console.log(k, JSON.stringify(v.type), v.name, v.size);
console.log(JSON.stringify(new File([], 'x', { type: 'Text/Plain' }).type));
const f2 = new FormData();
f2.append('h', new File(['1'], 'c.txt', { type: 'Text/HTML' }));
console.log(JSON.stringify(f2.get('h').type));
