// Prisma's cursor pagination (common/pagination.ts `pageQuery`: a cursor on (tenant_id, id), skip
// one, take first + 1) written in SQL for page reads, so a page read pages exactly as the Prisma
// read it stands in for. Prisma 7 reads the rows from the cursor on and then, in memory, finds the
// cursor's row among them and takes those after it: a cursor whose row is gone, out of sight or
// not in the list (another customer's job) gives an empty page. Here the cursor's row is read
// under the list's own conditions, and the rows after it in the list's order follow.
import { Prisma } from '../generated/prisma/client.js';
import { decodeCursor, MAX_PAGE_SIZE } from '../common/pagination.js';

/** One column of a list's order, descending (NULLS FIRST, PostgreSQL's and Prisma's default for DESC); the last is the id. */
export interface OrderColumn {
  column: string;
  nullable?: boolean;
}

/** A page's size and the row it follows. */
export interface PageWindow {
  first: number;
  afterId: string | undefined;
}

/**
 * `first` and `after` as `pageQuery` reads them; null when they are not valid, so that the field's
 * service answers with its error, in its own order of checks.
 */
export function pageWindow(args: { first: number; after?: string | null }): PageWindow | null {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) return null;
  try {
    return { first: args.first, afterId: decodeCursor(args.after) };
  } catch {
    return null;
  }
}

const ident = (name: string) => Prisma.raw(`"${name.replaceAll('"', '""')}"`);

/**
 * The rows of `table` matching `where(alias)`, in `order`, after the window's cursor, at most
 * first + 1: `from` (the rows, as `alias`) and `orderBy` for `q.list`.
 */
export function pagedFrom(table: string, alias: string, where: (alias: string) => Prisma.Sql, order: OrderColumn[], window: PageWindow): { from: Prisma.Sql; orderBy: Prisma.Sql } {
  const a = ident(alias);
  const orderBy = Prisma.join(
    order.map((c) => Prisma.sql`${a}.${ident(c.column)} DESC${c.nullable ? Prisma.sql` NULLS FIRST` : Prisma.empty}`),
    ', ',
  );
  const limit = Prisma.sql`ORDER BY ${orderBy} LIMIT ${window.first + 1}`;
  if (window.afterId === undefined) return { from: Prisma.sql`FROM (SELECT ${a}.* FROM ${ident(table)} ${a} WHERE ${where(alias)} ${limit}) ${a}`, orderBy };
  // The cursor's row, if it is in the list; then the rows after it, NULL coming first in DESC.
  const cursor = Prisma.sql`(SELECT * FROM ${ident(table)} cur WHERE ${where('cur')} AND cur.id = ${window.afterId}::uuid) cur`;
  const after = (c: OrderColumn) => {
    const [col, at] = [Prisma.sql`${a}.${ident(c.column)}`, Prisma.sql`cur.${ident(c.column)}`];
    return c.nullable ? Prisma.sql`(${col} < ${at} OR (${at} IS NULL AND ${col} IS NOT NULL))` : Prisma.sql`${col} < ${at}`;
  };
  const same = (c: OrderColumn) => Prisma.sql`${a}.${ident(c.column)} IS NOT DISTINCT FROM cur.${ident(c.column)}`;
  const steps = order.map((c, k) => Prisma.sql`(${Prisma.join([...order.slice(0, k).map(same), after(c)], ' AND ')})`);
  return {
    from: Prisma.sql`FROM (SELECT ${a}.* FROM ${ident(table)} ${a}, ${cursor} WHERE ${where(alias)} AND (${Prisma.join(steps, ' OR ')}) ${limit}) ${a}`,
    orderBy,
  };
}
