// Records what workerd's util.inspect and util.format print (the formatter
// its console.log uses) for record.js's table of expressions;
// inspect_test.go requires this package to print the same, byte for byte.
//
// Re-record (from the repository root, with Node 18 or newer and workerd
// from npm, @cloudflare/workerd-linux-64):
//
//	node worker/inspect/testdata/record_workerd.js > worker/inspect/testdata/workerd_inspect.json
//
// WORKERD=/path/to/workerd picks the binary. Each expression is written
// into an ES module worker as code (workerd refuses eval), under
// compatibility date 2025-08-15 with nodejs_compat for node:util.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const cases = require('./record.js');

const bin = process.env.WORKERD ||
  path.join(__dirname, '../../../../tools/node_modules/@cloudflare/workerd-linux-64/bin/workerd');
const lines = cases.map((c, i) => {
  const rec = c.args !== undefined ? `{ args: ${JSON.stringify(c.args)} }` :
    `{ expr: ${JSON.stringify(c.expr)}${c.opts ? `, opts: ${JSON.stringify(c.opts)}` : ''} }`;
  const run = c.args !== undefined ? `util.format(...(${c.args}))` :
    (c.opts ? `util.inspect((${c.expr}), ${JSON.stringify(c.opts)})` : `util.inspect((${c.expr}))`);
  return `  { const r = ${rec}; try { r.output = ${run}; } catch (e) { r.error = String(e); } out.push(r); }`;
});
const worker = `import util from 'node:util';
export default {
  async test() {
    const out = [];
${lines.join('\n')}
    console.log(JSON.stringify(out, null, 1));
  },
};
`;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inspect-'));
fs.writeFileSync(path.join(dir, 'worker.js'), worker);
fs.writeFileSync(path.join(dir, 'config.capnp'), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = ( services = [ (name = "main", worker = .w) ] );
const w :Workerd.Worker = ( modules = [ (name = "worker", esModule = embed "worker.js") ],
  compatibilityDate = "2025-08-15", compatibilityFlags = ["nodejs_compat"] );
`);
const stdout = execFileSync(bin, ['test', 'config.capnp'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
fs.rmSync(dir, { recursive: true });
const start = stdout.indexOf('[\n');
const out = JSON.parse(stdout.slice(start, stdout.lastIndexOf(']') + 1));
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
