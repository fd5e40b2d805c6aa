export default { get test() { throw new Error('getter'); } };
