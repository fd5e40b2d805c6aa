// config: date=2025-08-15 flags=formdata_parser_converts_files_to_strings
// The negation turns file parts into strings at any date; without it they are Files.
const body = '--b\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\nContent-Type: Text/Plain\r\n\r\nhello\r\n--b--\r\n';
const fd = await new Response(body, { headers: { 'content-type': 'multipart/form-data; boundary=b' } }).formData();
const v = fd.get('f');
console.log(typeof v, v instanceof File, JSON.stringify(v));
