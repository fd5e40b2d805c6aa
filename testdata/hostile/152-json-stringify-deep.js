let o = {}; for (let i = 0; i < 1e6; i++) o = { a: o };
try { JSON.stringify(o); } catch (e) { console.log(e instanceof RangeError); }
JSON.stringify(o);
