// config: date=2026-09-15 flags=spec_compliant_dispatch_exceptions
console.log('runs; the flag is already the default at this date');
