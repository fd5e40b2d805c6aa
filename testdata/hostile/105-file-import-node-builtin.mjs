import wrap from 'node:_stream_wrap';
console.log(typeof wrap);
