import { z } from 'zod';
import * as v from 'valibot';
export default {
  async test() {
    const User = z.object({ name: z.string().min(2), age: z.number().int().positive(), email: z.string().email(), tags: z.array(z.string()).default([]), when: z.coerce.date() });
    console.log(JSON.stringify(User.parse({ name: 'Al', age: 3, email: 'a@b.co', when: '2020-01-01T00:00:00Z' })));
    const r = User.safeParse({ name: 'A', age: -1.5, email: 'nope', when: 'x' });
    console.log(r.success, JSON.stringify(r.error.issues.map((i) => [i.path.join('.'), i.code, i.message])));
    console.log(z.string().uuid().safeParse(crypto.randomUUID()).success, z.string().url().safeParse('http://x').success, z.string().datetime().safeParse('2020-01-01T00:00:00Z').success);
    console.log(JSON.stringify(z.discriminatedUnion('t', [z.object({ t: z.literal('a'), a: z.number() }), z.object({ t: z.literal('b') })]).safeParse({ t: 'c' }).error?.issues[0]?.code));
    try { await z.string().refine(async (s) => s === 'ok').parseAsync('no'); } catch (e) { console.log('async', e.constructor.name, e.issues[0].code); }
    if (z.toJSONSchema) console.log(JSON.stringify(z.toJSONSchema(z.object({ a: z.string() }))));
    const S = v.object({ name: v.pipe(v.string(), v.minLength(2)), email: v.pipe(v.string(), v.email()) });
    console.log(JSON.stringify(v.safeParse(S, { name: 'x', email: 'y' }).issues.map((i) => i.message)));
    console.log(JSON.stringify(v.parse(S, { name: 'xx', email: 'y@z.io' })));
  },
};
