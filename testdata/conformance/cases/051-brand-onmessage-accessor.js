const E = (e) => e.constructor.name + ': ' + e.message;
try { console.log(MessagePort.prototype.onmessage); } catch (e) { console.log('proto get', E(e)); }
const d = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
try { d.get.call({}); console.log('no throw'); } catch (e) { console.log('get {}', E(e)); }
try { d.set.call({}, () => {}); console.log('no throw'); } catch (e) { console.log('set {}', E(e)); }
try { d.get.call(new EventTarget()); console.log('no throw'); } catch (e) { console.log('get EventTarget', E(e)); }
try { MessagePort.prototype.onmessage = () => {}; console.log('no throw'); } catch (e) { console.log('proto set', E(e)); }
const fake = Object.create(MessagePort.prototype);
try { console.log(fake.onmessage); } catch (e) { console.log('fake get', E(e)); }
