with ({}) {}
const r = /a/v;
