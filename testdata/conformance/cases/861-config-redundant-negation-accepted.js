// config: date=2025-08-15 flags=no_spec_compliant_dispatch_exceptions,legacy_error_serialization
console.log('runs: negations of flags not yet on by date are accepted silently');
