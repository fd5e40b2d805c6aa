// config: date=2026-11-17
// What process says about the Worker.
console.log(process.version, process.versions.node, process.platform, process.arch, process.title);
console.log(JSON.stringify(process.env), JSON.stringify(process.argv), process.argv0, JSON.stringify(process.execArgv));
console.log(process.pid, process.ppid, process.cwd(), process.umask(), process.execPath === '', process.exitCode);
console.log(JSON.stringify(process.release), JSON.stringify(process.features));
console.log(process.getuid(), process.getgid(), process.geteuid(), process.getegid(), JSON.stringify(process.getgroups()));
console.log(JSON.stringify(process.memoryUsage()), process.constrainedMemory(), process.availableMemory());
console.log(process.hrtime().length, typeof process.hrtime.bigint(), typeof process.uptime());
console.log(process.channel, process.connected, process.debugPort, process.domain, process.noDeprecation);
console.log(process.allowedNodeEnvironmentFlags.size, JSON.stringify(process.getSourceMapsSupport()));
for (const f of ['kill', 'binding', 'dlopen', 'cpuUsage', 'getActiveResourcesInfo']) {
  try { process[f](); } catch (e) { console.log(f, e.name, e.code, e.message); }
}
try { process.setuid(1); } catch (e) { console.log('setuid', e.code, e.message); }
try { process.chdir('x'); } catch (e) { console.log('chdir', e.code, e.message); }
