import x from '../../go.mod' with { type: 'text' };
console.log(x);
