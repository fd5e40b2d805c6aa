const probe = (name, f) => {
  try { const r = f(); console.log(name, 'ok', typeof r); } catch (e) { console.log(name, e.constructor.name + ': ' + e.message); }
};
const noop = () => {};
for (const [label, self] of [['undefined', undefined], ['null', null], ['globalThis', globalThis], ['{}', {}], ['1', 1]]) {
  probe('setTimeout/' + label, () => clearTimeout(setTimeout.call(self, noop, 0)));
  probe('setInterval/' + label, () => clearInterval(setInterval.call(self, noop, 0)));
  probe('clearTimeout/' + label, () => clearTimeout.call(self, 1));
  probe('clearInterval/' + label, () => clearInterval.call(self, 1));
  probe('queueMicrotask/' + label, () => queueMicrotask.call(self, noop));
  probe('structuredClone/' + label, () => structuredClone.call(self, 1));
}
