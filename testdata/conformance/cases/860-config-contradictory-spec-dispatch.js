// config: date=2025-08-15 flags=no_spec_compliant_dispatch_exceptions,spec_compliant_dispatch_exceptions
console.log('never runs');
