// Date's toString and toTimeString name the UTC zone as V8 does (ICU's long name), in a
// Worker's zone (UTC on Cloudflare, and in workerd without TZ).
const d = new Date(0);
console.log(d.toString());
console.log(d.toTimeString());
console.log(String(new Date(86400000 * 200)), `${d}`, d + '');
console.log(new Date(NaN).toString(), d.toDateString(), d.toUTCString());
console.log(Date.prototype.toString.name, Date.prototype.toString.length, Date.prototype.toTimeString.length);
try { Date.prototype.toString.call({}); } catch (e) { console.log(e.constructor.name); }
