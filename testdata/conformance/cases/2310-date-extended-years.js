// Date: toISOString and toJSON write a year outside 0-9999 with six digits and its sign; parsing takes them back.
for (const y of [-1, -271821, 10000, 275760, 0, 9999]) { const d = new Date(Date.UTC(2000, 0, 1)); d.setUTCFullYear(y); try { console.log(y, d.toISOString(), JSON.stringify(d), d.toString(), d.toUTCString()); } catch (e) { console.log(y, String(e)); } }
console.log(new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString());
try { new Date(8.64e15 + 1).toISOString() } catch (e) { console.log(String(e)) }
console.log(Date.parse('+275760-09-13T00:00:00.000Z'), Date.parse('-000001-01-01T00:00:00Z'), Date.parse('+010000-01-01T00:00:00Z'));
console.log(new Date(-62198755200000).toISOString());
console.log(new Date(2020, 0, 1).toLocaleDateString(), new Date(Date.UTC(-5, 0, 1)).getUTCFullYear());
