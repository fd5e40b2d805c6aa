for (const k of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  const d = Object.getOwnPropertyDescriptor(EventTarget.prototype, k);
  console.log(k, d.value.length, d.value.name, d.enumerable, d.writable, d.configurable);
}
