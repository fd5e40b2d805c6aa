// A JSON.parse SyntaxError has the shape of every other error: its message
// is an own property that is writable, configurable and not enumerable, so
// it has no own keys and an uncaught one prints no `{ message }` block.
{
const shape = (e) => {
  const d = Object.getOwnPropertyDescriptor(e, 'message');
  return [e.constructor.name, JSON.stringify(d), JSON.stringify(Object.keys(e)), Object.prototype.propertyIsEnumerable.call(e, 'message')].join(' ');
};
for (const text of ['[', 'x', '{"a":1,}', '"abc', '[1 2]', '\u00e9', '', '{"a":tru}']) {
  try { JSON.parse(text); console.log(JSON.stringify(text), 'ok'); } catch (e) { console.log(JSON.stringify(text), shape(e)); }
}
// With a reviver, and through a UTF-16 text (lone surrogates).
try { JSON.parse('[1,', (k, v) => v); } catch (e) { console.log('reviver', shape(e)); }
try { JSON.parse('["\ud800" x]'); } catch (e) { console.log('surrogate', shape(e)); }
// The message can still be changed and deleted, as on any error.
try { JSON.parse('['); } catch (e) {
  e.message = 'changed';
  console.log(e.message, delete e.message, Object.hasOwn(e, 'message'), e.message === '');
}
// Other errors for comparison.
for (const e of [new SyntaxError('m'), new TypeError('m')]) console.log(shape(e));
}
