// Calls every function reachable from globalThis with arguments that make
// most throw, and prints the stacks (as the script reads them) that name Go
// code, or "clean". Run by TestNoGoNamesInStacks.
const seen = new Set(), bad = [];
const args = [[], [Symbol()], [{ get x() { throw 1; } }, Symbol()], [null, null, null], [1, 'x', {}]];
const probe = (label, f, self) => {
  for (const a of args) {
    for (const mode of ['call', 'new']) {
      try { mode === 'new' ? Reflect.construct(f, a) : Reflect.apply(f, self, a); }
      catch (e) {
        let st; try { st = e && typeof e === 'object' ? String(e.stack) : ''; } catch { st = ''; }
        if (/github\.com|\.func\d|\(\*/.test(st)) bad.push(label + ' ' + mode + ': ' + st.split('\n').filter(l => /github|func\d|\(\*/.test(l)).join(' | '));
      }
    }
  }
};
const visit = (o, path, depth) => {
  if (!o || seen.has(o) || depth > 2 || o === console) return;
  seen.add(o);
  for (const k of Reflect.ownKeys(o)) {
    if (typeof k !== 'string' || k === 'constructor' && depth > 0) continue;
    let v; try { v = o[k]; } catch { continue; }
    if (typeof v === 'function') {
      if (['setTimeout', 'setInterval', 'queueMicrotask', 'scheduler', 'setImmediate', 'eval', 'Function', 'console', 'close', 'exit'].includes(k)) continue;
      probe(path + k, v, o);
      if (v.prototype) visit(v.prototype, path + k + '.prototype.', depth + 1);
      visit(v, path + k + '.', depth + 1);
    } else if (v && typeof v === 'object') visit(v, path + k + '.', depth + 1);
  }
};
visit(globalThis, '', 0);
console.log(bad.length ? bad.slice(0, 40).join('\n') : 'clean');
