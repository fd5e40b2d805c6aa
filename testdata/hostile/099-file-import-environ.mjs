import env from '/proc/self/environ' with { type: 'text' };
console.log(env);
