// A scope in a transaction of its own, apart from the request's. withScope (scope.ts) nests a
// scope on a savepoint of the request's transaction when there is one; some work must not:
//  - what a refused attempt writes (a failed sign-in's log row) must be committed although the
//    request's answer is an error, which rolls the request's transaction back;
//  - a query's fields run side by side on the request's transaction, so a public lookup made by
//    one of them must not change that transaction's rights.
import type { RequestContext, ScopedContext } from '../context/context.js';
import type { RlsScope } from '../db/rls.js';
import { withScope } from './scope.js';

export function inOwnTransaction<T>(ctx: RequestContext, rls: RlsScope, work: (scoped: ScopedContext) => Promise<T>): Promise<T> {
  return withScope({ ...ctx, tx: null, rls: null }, rls, work);
}
