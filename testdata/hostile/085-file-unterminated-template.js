console.log(`abc
