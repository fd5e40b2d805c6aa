const E = (e) => e.constructor.name + ': ' + e.message;
try { new MessageEvent(); console.log('no throw'); } catch (e) { console.log(E(e)); }
try { MessageEvent('message'); console.log('no throw'); } catch (e) { console.log(E(e)); }
try { new MessageEvent('message', 5); console.log('no throw'); } catch (e) { console.log(E(e)); }
try { const x = new MessageEvent(5); console.log('number type ok:', JSON.stringify(x.type)); } catch (e) { console.log(E(e)); }
try { const x = new MessageEvent('m', null); console.log('null init ok', x.data); } catch (e) { console.log(E(e)); }
