// config: date=2026-11-23 flags=nodejs_compat
// node:util's functions that were mcrepl's "not implemented": convertProcessSignalToExitCode, setTraceSigInt, diff (Myers, strings and arrays of strings, its argument errors), _errnoException and _exceptionWithHostPort with workerd's message; isDate's name, deprecate's length.
const u = process.getBuiltinModule('node:util');
const show = (l, f) => { try { console.log(l, JSON.stringify(f())); } catch (e) { console.log(l, 'threw', e.name, e.code, e.message.slice(0, 150)); } };
show('sig', () => u.convertProcessSignalToExitCode('SIGINT'));
show('sig2', () => u.convertProcessSignalToExitCode('SIGKILL'));
show('sig num', () => u.convertProcessSignalToExitCode(2));
show('trace t', () => u.setTraceSigInt(true));
show('trace x', () => u.setTraceSigInt('x'));
show('trace none', () => u.setTraceSigInt());
show('diff arr', () => u.diff([1, 2, 3], [1, 3, 4]));
show('diff str', () => u.diff('abc', 'axc'));
show('diff bad', () => u.diff(1, 2));
show('diff same', () => u.diff(['a'], ['a']));
show('diff long', () => u.diff(['a', 'b', 'c', 'd'], ['x', 'b', 'y', 'd', 'e']));
show('diff empty', () => u.diff([], ['q']));
show('diff strs', () => u.diff('kitten', 'sitting'));
show('abc', () => u.diff('abc', 'abc'));
show('exp bad', () => u.diff(['a'], [1]));
for (const k of ['convertProcessSignalToExitCode', 'setTraceSigInt', 'diff', '_errnoException', '_exceptionWithHostPort', 'isDate', 'deprecate']) {
  const f = u[k];
  let r;
  try { r = String(f()); } catch (e) { r = 'threw ' + e.name + ' ' + e.code + ' ' + e.message.slice(0, 60); }
  console.log(k, f.name, f.length, r);
}
