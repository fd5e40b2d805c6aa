// config: date=2026-11-17
// process.stdout and process.stderr are line-buffered; workerd logs each line with its stream's name.
process.stdout.write('a');
process.stdout.write('b\nc');
process.stdout.write('\n');
process.stderr.write('err line\n');
console.log(process.stdout.fd, process.stderr.fd, process.stdin.fd);
