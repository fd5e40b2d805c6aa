import p from '/etc/passwd' with { type: 'json' };
