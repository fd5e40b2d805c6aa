import fs from 'node:fs';
console.log(typeof fs);
