// PostGraphile v5 (grafast, grafserv, @dataplan/pg) declares Node >= 22 and calls
// Promise.withResolvers (Node 22); this machine runs Node 20.20, which has everything else they
// use. Imported first by the PostGraphile server, before any of its modules load. Without it a
// query fails deep inside grafast ("Cannot read properties of undefined (reading 'items')").
interface Resolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}

export function withResolvers<T>(): Resolvers<T> {
  let resolve!: Resolvers<T>['resolve'];
  let reject!: Resolvers<T>['reject'];
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const PromiseConstructor = Promise as unknown as { withResolvers?: unknown };
if (typeof PromiseConstructor.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', { value: withResolvers, writable: true, configurable: true });
}
