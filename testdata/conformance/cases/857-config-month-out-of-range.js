// config: date=2025-13-01
console.log('never runs');
