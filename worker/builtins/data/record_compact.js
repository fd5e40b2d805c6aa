// Records data/compactlong.json from workerd: run this file as the body of
// a workerd test handler. Per locale and power of ten 10^3 .. 10^17, the
// long compact form of Intl.NumberFormat (compactDisplay: 'long'): the
// integer digits it shows, and its affix ("" for the plain number, else
// the literal before the compact part, "\u0000", the compact part) for a
// shown number 1, another integer, a fraction with integer 1, and one with
// another integer (1, 2, 1.5, 2.5 times the power where one digit shows);
// "\u0001" and the compact part where the number is not shown (fr "mille").
const L = ['en-US', 'en-GB', 'de', 'fr', 'es', 'ja', 'zh', 'tr'];
const out = {};
for (const l of L) {
  const f = new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long' });
  const affix = (n) => {
    const parts = f.formatToParts(n);
    const c = parts.find((p) => p.type === 'compact');
    if (!c) return '';
    if (!parts.some((p) => p.type === 'integer')) return '\u0001' + c.value; // fr "mille": no number
    const lit = parts.filter((p) => p.type === 'literal').map((p) => p.value).join('');
    return lit + '\u0000' + c.value;
  };
  const forms = [];
  for (let m = 3; m <= 17; m++) {
    const n = 10 ** m;
    const digits = f.formatToParts(n).filter((p) => p.type === 'integer').map((p) => p.value).join('').length || 1;
    const samples = digits === 1 ? [1, 2, 1.5, 2.5].map((s) => s * n) : [n, n, n, n];
    forms.push([digits, ...samples.map(affix)]);
  }
  out[l] = forms;
}
console.log(JSON.stringify(out));
