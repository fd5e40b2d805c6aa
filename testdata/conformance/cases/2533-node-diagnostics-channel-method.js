// config: date=2026-05-01 flags=nodejs_compat
// node:diagnostics_channel before 2026-05-19 (no diagnostics_channel_has_subscribers_getter): Channel's and TracingChannel's hasSubscribers are methods.
const dc = await import('node:diagnostics_channel');
const ch = dc.channel('m');
const d = Object.getOwnPropertyDescriptor(dc.Channel.prototype, 'hasSubscribers');
console.log(typeof d.value, d.value && d.value.name, d.enumerable, d.writable, Object.getOwnPropertyNames(dc.Channel.prototype).join());
console.log(ch.hasSubscribers());
const f = () => {};
ch.subscribe(f);
console.log(ch.hasSubscribers(), dc.hasSubscribers('m'));
const tc = dc.tracingChannel('t');
console.log(typeof tc.hasSubscribers, tc.hasSubscribers());
tc.subscribe({ end: f });
console.log(tc.hasSubscribers());
