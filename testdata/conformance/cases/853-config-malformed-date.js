// config: date=2025-8-15
console.log('never runs');
