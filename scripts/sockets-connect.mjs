// sockets-connect.mjs: a TCP client with cloudflare:sockets. It writes a
// line to the server (env.SERVER, else 127.0.0.1:7001), reads the answer and
// closes. Without --allow-net nothing connects: opened rejects, and the
// message and stderr say how to allow it.
//
//   mcrepl run scripts/sockets-connect.mjs
//   mcrepl run --allow-net=127.0.0.1 --var SERVER=$SERVER scripts/sockets-connect.mjs
//
// ($SERVER: the host:port of a server that echoes lines.)
import { connect } from "cloudflare:sockets";

export default {
  async test(controller, env) {
    const socket = connect(env.SERVER ?? "127.0.0.1:7001");
    try {
      const { remoteAddress } = await socket.opened;
      console.log("connected to", remoteAddress);
      const writer = socket.writable.getWriter();
      await writer.write(new TextEncoder().encode("hello\n"));
      const { value } = await socket.readable.getReader().read();
      console.log("server said", JSON.stringify(new TextDecoder().decode(value)));
      await socket.close();
    } catch (e) {
      console.log("no connection:", e.message);
    }
    console.log("closed:", await socket.closed.then(() => "resolved", () => "rejected"));
  },
};
