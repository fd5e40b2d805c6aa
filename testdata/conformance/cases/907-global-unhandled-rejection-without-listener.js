Promise.reject(new Error('nobody listens'));
await new Promise((r) => setTimeout(r, 5));
console.log('test still passes');
