const e = new MessageEvent('message');
console.log(e.type, e.data, JSON.stringify(e.origin), JSON.stringify(e.lastEventId), e.source, Array.isArray(e.ports), e.ports.length);
console.log(e.isTrusted, e.bubbles, e.cancelable, e.composed, e.eventPhase, e.target, e.currentTarget);
console.log(JSON.stringify(Object.keys(e)));
const custom = new MessageEvent('custom', {});
console.log(custom.type, custom.data);
