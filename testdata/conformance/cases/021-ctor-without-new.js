const E = (e) => e.constructor.name + ': ' + e.message;
try { MessageChannel(); console.log('no throw'); } catch (e) { console.log(E(e)); }
try { MessageChannel.call({}); console.log('no throw'); } catch (e) { console.log(E(e)); }
try { MessageChannel.apply(undefined, []); console.log('no throw'); } catch (e) { console.log(E(e)); }
