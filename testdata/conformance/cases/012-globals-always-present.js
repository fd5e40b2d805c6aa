console.log(typeof MessageEvent, typeof EventTarget, typeof Event, typeof structuredClone);
console.log('MessageEvent' in globalThis, 'EventTarget' in globalThis, 'structuredClone' in globalThis);
