// config: date=2026-11-23 flags=nodejs_compat
// util.getCallSites and getCallSite: the callers' function names, script URLs and lines (mcrepl's columns are goja's, so they are left out), the frame-count check.
const u = process.getBuiltinModule('node:util');
const strip = (sites) => JSON.stringify(sites.map(({ functionName, scriptName, lineNumber }) => ({ functionName, scriptName, lineNumber })));
function inner() { return u.getCallSites(); }
function outer() { return inner(); }
console.log(strip(outer()));
console.log(strip(u.getCallSites(1)), Object.keys(u.getCallSites(1)[0]).join(), u.getCallSite === u.getCallSites, u.getCallSite.name);
for (const bad of [{ sourceMap: true }, 'x', 0, 201, 1.5e3]) {
  try { u.getCallSites(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(u.getCallSites.name, u.getCallSites.length);
