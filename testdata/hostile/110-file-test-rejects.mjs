export default { async test() { throw new Error('t'); } };
