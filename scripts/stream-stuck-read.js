// stream-stuck-read.js: a read that nothing will ever answer. The source
// enqueues two chunks and forgets to close, so the third read waits forever;
// the run still ends (a waiting stream keeps nothing alive, as in workerd),
// and mcrepl says what did not happen.
//
//   mcrepl run scripts/stream-stuck-read.js
//
// The fix: close the controller after the last chunk (c.close()), or cancel
// the stream when you stop reading.
const stream = new ReadableStream({
  start(c) {
    c.enqueue('first');
    c.enqueue('second');
  },
});

(async () => {
  const reader = stream.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    console.log('read', value);
  }
  console.log('never printed: the stream never closes');
})();
