// The one shape most per-request loaders have: rows by id, read through the request's
// transaction (so row-level security decides what exists), one statement per batch.
import DataLoader from 'dataloader';
import type { RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import { Unauthenticated } from '../errors/errors.js';

/** A loader factory for `loader(ctx, …)`: an id the caller may not see loads as null. */
export function byIdLoader<V extends { id: string }>(fetch: (tx: Tx, ids: string[]) => Promise<V[]>) {
  return (ctx: RequestContext) =>
    new DataLoader<string, V | null>(async (ids) => {
      if (!ctx.tx) throw new Unauthenticated();
      const rows = new Map((await fetch(ctx.tx, [...ids])).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id) ?? null);
    });
}

/** Puts rows a page read already brought (platform/page-read.ts) into a by-id loader. */
export function primeAll<V extends { id: string }>(byId: DataLoader<string, V | null>, rows: readonly V[]): void {
  for (const row of rows) byId.prime(row.id, row);
}
