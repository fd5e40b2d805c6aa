import z from '/dev/zero' with { type: 'text' };
