console.log('abc
