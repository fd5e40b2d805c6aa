// Array.prototype.toLocaleString passes locales and options to the elements;
// BigInt.prototype.toLocaleString formats through Intl.NumberFormat;
// Array.fromAsync's messages.
const p = (f) => { try { const r = f(); console.log(typeof r === 'string' ? JSON.stringify(r) : String(r)); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
p(() => [1, 2.5, null, undefined, 1234.5, 'x', [3000, [4000.5]]].toLocaleString());
p(() => [1234.5, 'x', new Date(Date.UTC(2024, 0, 2))].toLocaleString('de'));
p(() => [1234.5, 0.5].toLocaleString('de', { style: 'currency', currency: 'EUR' }));
p(() => [1234.5, 0.5].toLocaleString('en', { style: 'percent' }));
p(() => [new Date(Date.UTC(2024, 0, 2, 3, 4))].toLocaleString('fr', { timeZone: 'UTC' }));
p(() => { const a = [1, 2]; a.push(a); return a.toLocaleString(); });
p(() => Array.prototype.toLocaleString.call({ length: 2, 0: 1000, 1: 2000 }, 'de'));
p(() => Array.prototype.toLocaleString.call('ab'));
p(() => Array.prototype.toLocaleString.call(null));
p(() => [{ toLocaleString: 5 }].toLocaleString());
p(() => [{ toLocaleString(a, b) { return a + '|' + JSON.stringify(b); } }].toLocaleString('ja', { x: 1 }));
p(() => Array.prototype.toLocaleString.length + ' ' + Array.prototype.toLocaleString.name);
p(() => [1n, 12345n].toLocaleString('de'));
p(() => [Symbol('s')].toLocaleString());
p(() => (12345678901234567890n).toLocaleString('de') + ' ' + (-5n).toLocaleString('en', { style: 'currency', currency: 'USD' }) + ' ' + (10n ** 21n).toLocaleString('ja', { notation: 'compact' }) + ' ' + (0n).toLocaleString());
p(() => BigInt.prototype.toLocaleString.call(5));
p(() => BigInt.prototype.toLocaleString.length + BigInt.prototype.toLocaleString.name);
p(() => (1234n).toLocaleString('xx-invalid-!!'));
{
const ap = async (l, f) => { try { const r = await f(); console.log(l, 'ok', JSON.stringify(r)); } catch (e) { console.log(l, e.constructor.name + ': ' + e.message); } };
await ap(1, () => Array.fromAsync(null));
await ap(2, () => Array.fromAsync(undefined));
await ap(3, () => Array.fromAsync());
await ap(4, () => Array.fromAsync(5));
await ap(5, () => Array.fromAsync({}));
await ap(6, () => Array.fromAsync([1], {}));
await ap(7, () => Array.fromAsync({ [Symbol.asyncIterator]: 5 }));
await ap(8, () => Array.fromAsync({ [Symbol.asyncIterator]() { return 5; } }));
await ap(9, () => Array.fromAsync({ [Symbol.iterator]: 5 }));
await ap(10, () => Array.fromAsync('ab'));
await ap(11, () => Array.fromAsync.call(5, [1, 2]));
await ap(12, () => Array.fromAsync([Promise.reject(new RangeError('r'))]));
await ap(13, () => Array.fromAsync({ length: 1, 0: Promise.reject(new RangeError('q')) }));
await ap(14, async () => { const r = Array.fromAsync([]); return Object.prototype.toString.call(r); });
}
