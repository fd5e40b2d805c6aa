// rpc.ts: request/response over a MessagePort pair.

interface Request<T> {
  id: number;
  body: T;
}

interface Response<R> {
  id: number;
  result: R;
}

// serve answers every request that arrives on port with handle(body).
export function serve<T, R>(port: MessagePort, handle: (body: T) => R): void {
  port.onmessage = (event: MessageEvent<Request<T>>) => {
    const { id, body } = event.data;
    port.postMessage({ id, result: handle(body) } satisfies Response<R>);
  };
}

// connect returns a function that posts a request on port and resolves with
// its response. Setting onmessage starts the port.
export function connect<T, R>(port: MessagePort): (body: T) => Promise<R> {
  let next = 0;
  const waiting = new Map<number, (result: R) => void>();
  port.onmessage = (event: MessageEvent<Response<R>>) => {
    const { id, result } = event.data;
    waiting.get(id)?.(result);
    waiting.delete(id);
  };
  return (body: T) =>
    new Promise<R>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      port.postMessage({ id, body } satisfies Request<T>);
    });
}
