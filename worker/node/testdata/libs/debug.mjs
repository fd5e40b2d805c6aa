// debug's Node build (src/node.js, which requires tty and util at its top level) in a Worker
import createDebug from 'debug/src/node.js';
export default {
  async test() {
    const lines = [];
    const log = createDebug('app:db');
    log.log = (...args) => lines.push(args.join(' '));
    createDebug.enable('app:*');
    log('connected %s', 'ok');
    console.log(log.enabled, log.namespace, log.useColors, typeof createDebug.inspectOpts, lines.length);
    console.log(lines[0].replace(/^\S+ /, ''));
  },
};
