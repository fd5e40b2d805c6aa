console.log('crlf');
console.log(2);
