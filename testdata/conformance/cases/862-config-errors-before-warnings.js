// config: date=2025-08-15 flags=expose_global_message_channel,spec_compliant_dispatch_exceptions,no_spec_compliant_dispatch_exceptions
console.log('never runs');
