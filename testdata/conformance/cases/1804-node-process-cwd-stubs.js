// config: date=2026-09-15 flags=nodejs_compat
// process: chdir/cwd over workerd's virtual directories (/, /bundle, /tmp, /dev), umask, hrtime's checks, stubs and their not-implemented errors.
const show = (f) => { try { const v = f(); console.log(JSON.stringify(v)); } catch (e) { console.log(e.constructor.name + ': ' + e.message, e.code, e.syscall, e.errno, e.path, JSON.stringify(Object.keys(e))); } };
show(() => process.cwd());
for (const d of ['/', '/tmp', '/bundle', 'tmp', '/nonexistent', '..', '/dev', '', 'bundle', '/tmp/../bundle/', '.', '/dev/null', '/dev/zero', '/dev/random', '/dev/full', '/dev/urandom', '/dev/', 'x/..', '/tmp/x']) {
  show(() => { process.chdir(d); return [d, process.cwd()]; });
}
process.chdir('/bundle');
show(() => process.cwd());
show(() => process.chdir(5));
show(() => process.chdir());
show(() => process.umask()); show(() => process.umask('777')); show(() => process.umask('8')); show(() => process.umask(-1)); show(() => process.umask({}));
show(() => process.emitWarning('w1'));
show(() => process.hrtime(5));
show(() => process.hrtime([1]));
show(() => typeof process.hrtime.bigint());
show(() => process.uptime() >= 0);
show(() => process.memoryUsage().rss >= 0);
show(() => process.argv); show(() => process.execArgv); show(() => process.title); show(() => process.pid); show(() => process.ppid); show(() => process.arch); show(() => process.release);
show(() => process.getuid()); show(() => process.getgid()); show(() => process.geteuid());
show(() => process.kill(1)); show(() => process.binding('x')); show(() => process.dlopen());

show(() => process.features);
show(() => process.env.NOPE);
show(() => process.listenerCount('x'));
show(() => process.on('exit', () => {}) === process);
show(() => typeof process.emit);
show(() => process.stdout.isTTY); show(() => process.stdout.fd); show(() => process.stderr.fd); show(() => process.stdin.fd);
show(() => process.stdout.columns);
show(() => process.stdout.writable);
show(() => Object.prototype.toString.call(process));
show(() => String(process));
show(() => process.constructor.name);
show(() => process.report);
show(() => process.sourceMapsEnabled);
show(() => process.throwDeprecation);
show(() => process.noDeprecation);
show(() => process.exit.length);
show(() => process.cpuUsage());
show(() => process.resourceUsage());
show(() => process.availableMemory());
show(() => process.constrainedMemory());
show(() => process.getActiveResourcesInfo());
show(() => process.setUncaughtExceptionCaptureCallback(5));
show(() => process.hasUncaughtExceptionCaptureCallback());
show(() => process.setSourceMapsEnabled(true));
show(() => process.loadEnvFile());
show(() => process.ref); show(() => typeof process.ref);
show(() => process.permission);
show(() => process.finalization);
