// config: date=2025-02-30
console.log('runs: day is not checked against the month', typeof MessageChannel);
