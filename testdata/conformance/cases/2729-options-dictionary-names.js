// config: date=2026-11-23
// The name workerd's messages give each class's options dictionary when the argument is no object.
for (const C of [Event, CustomEvent, MessageEvent, CloseEvent, ErrorEvent, ExtendableEvent, FetchEvent, PromiseRejectionEvent, ScheduledEvent].filter(Boolean)) {
  try { new C('x', 1); console.log(C.name, 'ok'); } catch (e) { console.log(C.name, e.message); }
}
try { performance.mark('x', 1); } catch (e) { console.log('mark', e.message); }
try { performance.mark('x', null); console.log('mark null ok'); } catch (e) { console.log('mark null', e.message); }
try { new PerformanceMark('x', 'y'); } catch (e) { console.log('PerformanceMark', e.message); }
try { performance.measure('x', 1); } catch (e) { console.log('measure', e.message); }
try { new Request('http://x/', 1); } catch (e) { console.log('Request', e.message); }
try { new Request('http://x/', null); console.log('Request null ok'); } catch (e) { console.log('Request null', e.message); }
try { new Response('', 1); } catch (e) { console.log('Response', e.message); }
try { new Blob([], 1); } catch (e) { console.log('Blob', e.message); }
try { new File([], 'f', 1); } catch (e) { console.log('File', e.message); }
try { new TextDecoder('utf-8', 1); } catch (e) { console.log('TextDecoder', e.message); }
try { new ReadableStream({}, 1); } catch (e) { console.log('ReadableStream', e.message); }
try { new URLPattern({}, 1); } catch (e) { console.log('URLPattern', e.message); }
try { structuredClone(1, 1); } catch (e) { console.log('structuredClone', e.message); }
try { new EventSource('http://x/', 1); } catch (e) { console.log('EventSource', e.message); }
try { new MessageChannel().port1.postMessage(1, 1); } catch (e) { console.log('postMessage', e.message); }
await fetch('http://x/', 1).catch((e) => console.log('fetch', e.message));
for (const [n, f] of [['Readable', () => new ReadableStream({}, 1)], ['Writable', () => new WritableStream({}, 1)], ['Transform2', () => new TransformStream({}, 1)], ['Transform3', () => new TransformStream({}, {}, 1)], ['Identity', () => new IdentityTransformStream(1)], ['Fixed', () => new FixedLengthStream(1, 1)], ['Readable bytes', () => new ReadableStream({ type: 'bytes' }, 1)]]) {
  try { f(); console.log(n, 'ok'); } catch (e) { console.log(n, e.message); }
}
