for (const a of [undefined, null, 5, {}, {name: 'SHA-1'}]) { try { new crypto.DigestStream(a); console.log('ok'); } catch (e) { console.log(e.constructor.name + ': ' + e.name + ': ' + e.message); } }
