import { gzip, ungzip } from 'node-gzip';
export default {
  async test() {
    const text = 'node-gzip round trip: '.repeat(30);
    const compressed = await gzip(text, {});
    console.log(Buffer.isBuffer(compressed), compressed.subarray(0, 3).toString('hex'), compressed.length < text.length);
    console.log((await ungzip(compressed, {})).toString() === text);
    // bytes that workerd's zlib made: gzipSync('made by workerd')
    console.log((await ungzip(Buffer.from('1f8b0800000000000003cb4d4c495548aa5428cf2fca4e2d4a0100bc9ae0560f000000', 'hex'), {})).toString());
    console.log((await gzip('level 9', { level: 9 }))[8]);
    try { await ungzip(Buffer.from('not gzip'), {}); } catch (e) { console.log(e.code, e.errno, e.message); }
    // without options, workerd's zlib.gzip reads options.info of undefined
    try { await gzip('no options'); } catch (e) { console.log(e.name); }
  },
};
