// For tests that check row-level security with raw SQL: a transaction in exactly the given scope,
// outside any request (the application opens scopes only through platform/scope.ts). A customer
// scope that names no contact rights is the whole account's ('*'), as before contacts (issue 22).
import type { Db, Tx } from '../db/client.js';
import { setScope, type RlsScope } from '../db/rls.js';

export function withScope<T>(db: Db, scope: RlsScope, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await setScope(tx, scope.role === 'customer' && scope.contactRights === undefined ? { ...scope, contactRights: '*' } : scope);
      return work(tx);
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
