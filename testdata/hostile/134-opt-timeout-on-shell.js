console.log('ran');
