// config: date=2026-11-23 flags=nodejs_compat
// node:readline's createInterface over a Readable reads nothing, as in workerd: no line or close events, iteration gives one '' and ends, the input is left unread
const { Readable } = process.getBuiltinModule('node:stream');
const rl = process.getBuiltinModule('node:readline');
const input = Readable.from(['a\nb\n', 'c\n']);
const i = rl.createInterface({ input, crlfDelay: Infinity });
const lines = [];
i.on('line', (l) => lines.push(l));
i.on('close', () => lines.push('closed'));
for await (const l of i) lines.push('iter:' + l);
await new Promise((r) => setTimeout(r, 20));
console.log(JSON.stringify(lines), input.readableFlowing, input.destroyed);
