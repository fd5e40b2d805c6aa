const E = (e) => e.constructor.name + ': ' + e.message;
try { new MessagePort(); console.log('no throw'); } catch (e) { console.log(E(e)); }
try { MessagePort(); console.log('no throw'); } catch (e) { console.log(E(e)); }
try { Reflect.construct(MessagePort, []); console.log('no throw'); } catch (e) { console.log(E(e)); }
class P extends MessagePort {}
try { new P(); console.log('no throw'); } catch (e) { console.log(E(e)); }
