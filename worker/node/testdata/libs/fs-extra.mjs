// fs-extra (over graceful-fs, which patches node:fs at its top level) in a Worker: outputFile makes
// the directories, JSON round trips, copy, rename (move refuses: workerd's inodes are all 0), ensureDir, remove, pathExists, and readdir of /tmp
import fse from 'fs-extra';
export default {
  async test() {
    await fse.outputFile('/tmp/a/b/c.txt', 'hello');
    await fse.writeJson('/tmp/a/j.json', { x: 1, y: [2] }, { spaces: 0 });
    console.log(await fse.readFile('/tmp/a/b/c.txt', 'utf8'), JSON.stringify(await fse.readJson('/tmp/a/j.json')));
    await fse.copy('/tmp/a', '/tmp/copy');
    await fse.rename('/tmp/copy/j.json', '/tmp/moved.json');
    await fse.ensureDir('/tmp/e/f');
    console.log(fse.readdirSync('/tmp').join(), fse.readdirSync('/tmp/copy').join(), await fse.pathExists('/tmp/moved.json'));
    await fse.remove('/tmp/a');
    console.log(await fse.pathExists('/tmp/a'), fse.existsSync('/tmp/copy/b/c.txt'));
    try { await fse.outputFile('/bundle/x', 'y'); } catch (e) { console.log(e.code, e.message); }
    console.log(fse.statSync('/tmp/moved.json').size, typeof fse.emptyDirSync);
    fse.emptyDirSync('/tmp/copy');
    console.log(fse.readdirSync('/tmp/copy').length);
  },
};
