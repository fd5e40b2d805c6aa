function attempt(f) { try { return JSON.stringify(f()); } catch (e) { return e.constructor.name + ' ' + e.name + ' ' + e.code + ': ' + e.message; } }
console.log(attempt(() => [atob(' YW Jj\n'), atob('YQ'), atob('YR=='), atob(null), atob('/w==').charCodeAt(0)]));
console.log(attempt(() => atob('a')));
console.log(attempt(() => atob('YQ=')));
console.log(attempt(() => atob()));
console.log(attempt(() => [btoa('abc'), btoa('\u00ff'), btoa(undefined), btoa('')]));
console.log(attempt(() => btoa('\u0100')));
console.log(attempt(() => btoa()));
