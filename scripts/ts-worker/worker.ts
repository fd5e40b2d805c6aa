// worker.ts: a TypeScript module worker whose test() handler talks to itself
// over a MessageChannel, as `workerd test` would run it.
//
//   go run . run scripts/ts-worker/worker.ts
//
// mcrepl bundles this file with the two it imports (rpc.ts, TypeScript, and
// format.js, plain JavaScript) and calls the default export's
// test(controller, env, ctx). A request posted on one port is answered on
// the other; each reply settles the promise that the request returned.
import { serve, connect } from "./rpc.ts";
import { describe } from "./format.js";

interface Env {
  readonly GREETING?: string;
}

export default {
  async test(controller: unknown, env: Env, ctx: ExecutionContext): Promise<void> {
    const { port1, port2 } = new MessageChannel();
    serve(port2, (n) => n * n);
    const square = connect<number, number>(port1);

    const results = await Promise.all([2, 3, 4].map(square));
    console.log(describe("squares", results));

    // waitUntil keeps the test open until its promise settles. Closing a
    // port before the answer comes back would drop the answer: close after.
    ctx.waitUntil(
      square(5).then((r) => {
        console.log(describe("late square", [r]));
        port1.close();
      }),
    );
    console.log(env.GREETING ?? "no bindings: env is {}");
  },
};
