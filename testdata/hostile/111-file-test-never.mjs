export default { test() { return new Promise(() => {}); } };
