import { PNG } from 'pngjs';
export default {
  async test() {
    const png = new PNG({ width: 4, height: 3 });
    for (let i = 0; i < png.data.length; i++) png.data[i] = (i * 37) & 0xff;
    const buf = PNG.sync.write(png);
    console.log(buf.subarray(0, 8).toString('hex'), buf.length > 50);
    const parsed = await new Promise((resolve, reject) => new PNG().parse(buf, (err, p) => (err ? reject(err) : resolve(p))));
    console.log('async parse', parsed.width, parsed.height, Buffer.compare(parsed.data, png.data));
    const chunks = [];
    await new Promise((resolve) => { const s = png.pack(); s.on('data', (c) => chunks.push(c)); s.on('end', resolve); });
    const packed = Buffer.concat(chunks);
    const again = await new Promise((resolve, reject) => new PNG().parse(packed, (err, p) => (err ? reject(err) : resolve(p))));
    console.log('pack then parse', again.data.equals(png.data));
    // a 2x2 PNG that workerd's zlib deflated (PNG.sync.write in workerd)
    const wd = Buffer.from('89504e470d0a1a0a0000000d494844520000000200000002080600000072b60d240000001949444154780105c1010d000008c020dc2c6ef20b226947e21e3f8006813d481b840000000049454e44ae426082', 'hex');
    const red = await new Promise((resolve, reject) => new PNG().parse(wd, (err, p) => (err ? reject(err) : resolve(p))));
    console.log('workerd png', red.width, red.height, red.data.toString('hex'));
    try { PNG.sync.read(buf); } catch (e) { console.log('sync read', e.name); }
  },
};
