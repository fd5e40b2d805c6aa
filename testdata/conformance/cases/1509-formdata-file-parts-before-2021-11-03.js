// config: date=2021-11-02
// Before formdata_parser_supports_files (2021-11-03) a part with a filename is a string.
const body = '--b\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\nContent-Type: Text/Plain\r\n\r\nhello\r\n--b\r\nContent-Disposition: form-data; name="s"\r\n\r\nplain\r\n--b--\r\n';
const fd = await new Response(body, { headers: { 'content-type': 'multipart/form-data; boundary=b' } }).formData();
for (const [k, v] of fd) console.log(k, typeof v, JSON.stringify(v));
