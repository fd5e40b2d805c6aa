// config: date=2026-11-23
// node: functions called with missing or odd arguments, as workerd's node-compat has them:
// timers.clearImmediate, assert's loose names (they do not count their arguments), url.resolve and
// resolveObject, domainToASCII/Unicode, the stream predicates (null for what is no stream), destroy,
// setDefaultHighWaterMark, addAbortSignal, and util.types' checks without a value.
const fmt = (e) => (e.code ? e.code + ' ' : '') + e.constructor.name + ': ' + String(e.message).split('\n')[0];
const t = (n, f) => { try { const r = f(); console.log(n, 'ok', r === null ? 'null' : typeof r, typeof r === 'string' || typeof r === 'boolean' ? r : ''); } catch (e) { console.log(n, fmt(e)); } };
const timers = await import('node:timers'); const assert = (await import('node:assert')).default; const url = await import('node:url'); const stream = await import('node:stream'); const types = await import('node:util/types');
t('timers.clearImmediate(undefined)', () => timers.clearImmediate(undefined));
t('timers.clearImmediate(null)', () => timers.clearImmediate(null));
t('timers.clearImmediate(1)', () => timers.clearImmediate(1));
t('clearImmediate()', () => clearImmediate());
t('clearImmediate(undefined)', () => clearImmediate(undefined));
t('clearImmediate(1)', () => clearImmediate(1));
t('assert.equal(1)', () => assert.equal(1));
t('assert.equal(undefined)', () => assert.equal(undefined));
t('assert.notEqual(1)', () => assert.notEqual(1));
t('assert.deepEqual(1)', () => assert.deepEqual(1));
t('assert.notDeepEqual(1)', () => assert.notDeepEqual(1));
t('assert.strictEqual()', () => assert.strictEqual());
t('assert.deepStrictEqual()', () => assert.deepStrictEqual());
t('assert.notStrictEqual()', () => assert.notStrictEqual());
t('url.resolve("a")', () => url.resolve('a'));
t('url.resolve("http://x/a", 1)', () => url.resolve('http://x/a', 1));
t('url.resolveObject("a")', () => url.resolveObject('a'));
t('url.resolveObject("http://x/a", "b")', () => JSON.stringify(url.resolveObject('http://x/a', 'b')));
t('url.domainToASCII(undefined)', () => url.domainToASCII(undefined));
t('url.domainToASCII(1)', () => url.domainToASCII(1));
t('url.domainToUnicode(undefined)', () => url.domainToUnicode(undefined));
t('stream.isReadable(null)', () => stream.isReadable(null));
t('stream.isReadable({})', () => stream.isReadable({}));
t('stream.isWritable({})', () => stream.isWritable({}));
t('stream.isDestroyed({})', () => stream.isDestroyed({}));
t('stream.isErrored()', () => stream.isErrored());
t('stream.isDisturbed()', () => stream.isDisturbed());
t('stream.destroy(undefined)', () => stream.destroy(undefined));
t('stream.setDefaultHighWaterMark(false)', () => stream.setDefaultHighWaterMark(false));
t('stream.setDefaultHighWaterMark(false, -1)', () => stream.setDefaultHighWaterMark(false, -1));
t('stream.addAbortSignal(1)', () => stream.addAbortSignal(1));
t('stream.addAbortSignal(new AbortController().signal)', () => stream.addAbortSignal(new AbortController().signal));
t('types.isDate(undefined)', () => types.isDate(undefined));
t('types.isKeyObject()', () => types.isKeyObject());
t('types.isCryptoKey()', () => types.isCryptoKey());
const fmt2 = (e) => (e.code ? e.code + ' ' : '') + e.constructor.name + ': ' + String(e.message).split('\n').join(' | ');
const t2 = (n, f) => { try { f(); console.log(n, 'ok'); } catch (e) { console.log(n, fmt2(e)); } };

t2('equal(1, "1")', () => assert.equal(1, '1'));
t2('equal(1, 2)', () => assert.equal(1, 2));
t2('equal(1)', () => assert.equal(1));
t2('notEqual(1, "1")', () => assert.notEqual(1, '1'));
t2('deepEqual({a:1}, {a:"1"})', () => assert.deepEqual({ a: 1 }, { a: '1' }));
t2('deepEqual(1)', () => assert.deepEqual(1));
t2('notDeepEqual(1)', () => assert.notDeepEqual(1));
t2('notDeepEqual()', () => assert.notDeepEqual());
t2('equal === strictEqual', () => { if (assert.equal === assert.strictEqual) throw new Error('same'); });
t2('strict.equal(1)', () => assert.strict.equal(1));
t2('equal(NaN, NaN)', () => assert.equal(NaN, NaN));
t('timers.clearImmediate()', () => timers.clearImmediate());
