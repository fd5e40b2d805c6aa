// websocket-pair.mjs: the two ends of a WebSocketPair in one isolate, the way a
// Durable Object or a fetch handler holds the server end.
//
//   mcrepl run scripts/websocket-pair.mjs
//   mcrepl --compatibility-date 2026-03-01 run scripts/websocket-pair.mjs
//
// The server end echoes; the client sends two messages before the server has
// a listener for the second, then closes. From 2026-04-07
// (web_socket_auto_reply_to_close) the server's close reply is automatic, so
// both ends are CLOSED when their close events fire, and the server end then
// gets workerd's "Network connection lost." error; at an earlier date the
// server must call close() itself, and nothing here does: the report says
// which end was left open.
export default {
  async test() {
    const [client, server] = Object.values(new WebSocketPair());
    server.accept();
    client.accept();
    server.addEventListener('message', (e) => server.send(`echo: ${e.data}`));
    client.addEventListener('message', (e) => console.log('client got', e.data));
    server.addEventListener('close', (e) => console.log('server close', e.code, e.reason, 'readyState', server.readyState));
    client.addEventListener('close', (e) => console.log('client close', e.code, e.reason));
    server.addEventListener('error', (e) => console.log('server error', e.message));
    client.send('hello');
    await new Promise((r) => setTimeout(r, 5));
    client.close(1000, 'done');
    await new Promise((r) => setTimeout(r, 5));
  },
};
