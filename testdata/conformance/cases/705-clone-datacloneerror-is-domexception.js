try { structuredClone(() => 1); } catch (e) {
  console.log(e instanceof DOMException, e instanceof Error, e.name, e.code, e.constructor.name, Object.prototype.toString.call(e));
}
const { port1 } = new MessageChannel();
try { port1.postMessage({ a: [1, { b: Symbol('deep') }] }); } catch (e) { console.log(e instanceof DOMException, e.name, e.message); }
