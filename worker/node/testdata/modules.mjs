// Imports of node: modules and of bare built-in names, bundled by the loader
// and answered by package node when the module runs.
import { Buffer } from 'node:buffer';
import EventEmitter, { once } from 'events';
import { AsyncLocalStorage } from 'node:async_hooks';
import * as path from 'path';
import util from 'node:util';

const e = new EventEmitter();
// A microtask, not a timer: workerd refuses timers at a module's top level.
queueMicrotask(() => e.emit('ready', Buffer.from('hi')));
const [b] = await once(e, 'ready');
const als = new AsyncLocalStorage();
await als.run('s', async () => { await null; console.log(util.format('%s %s %s', b.toString('hex'), path.join('a', '..', 'b'), als.getStore())); });
