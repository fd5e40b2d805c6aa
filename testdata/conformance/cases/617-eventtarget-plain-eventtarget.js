const t = new EventTarget();
t.addEventListener('ping', function (e) { console.log('ping', e.type, this === t, e.target === t); });
t.onping = () => console.log('onping on plain EventTarget');
console.log(t.dispatchEvent(new Event('ping')));
const ev = new Event('x', { cancelable: true });
t.addEventListener('x', (e) => e.preventDefault());
console.log('cancelable dispatch returned', t.dispatchEvent(ev), ev.defaultPrevented);
