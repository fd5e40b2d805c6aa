import { Router, AutoRouter, json, error, withParams, StatusError } from 'itty-router';
const router = AutoRouter();
router.get('/', () => 'root');
router.get('/u/:id', ({ params, query }) => ({ id: params.id, query }));
router.post('/p', async (req) => ({ body: await req.json() }));
router.get('/e', () => { throw new StatusError(400, 'bad'); });
router.get('/e2', () => error(404, 'nf'));
export default {
  fetch: router.fetch,
  async test() {
    for (const r of [new Request('http://x/'), new Request('http://x/u/42?a=1&a=2&b=3'),
      new Request('http://x/p', { method: 'POST', body: '{"k":1}' }), new Request('http://x/e'), new Request('http://x/e2'), new Request('http://x/zz')]) {
      const res = await router.fetch(r);
      console.log(r.method, new URL(r.url).pathname, res.status, JSON.stringify([...res.headers]), await res.text());
    }
  },
};
