// config: date=2025-08-15 flags=nodejs_compat,no_nodejs_compat
// Both forms of nodejs_compat: the Worker does not start.
console.log('unreachable');
