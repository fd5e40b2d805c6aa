#!/usr/bin/env mcrepl
console.log('shebang');
