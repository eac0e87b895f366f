// Relay-style cursor pagination with a bounded page size. A cursor is an opaque encoding of
// the last row's id; the order of each list is fixed by its service.
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { BadInput } from '../errors/errors.js';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many items, 1 to ${MAX_PAGE_SIZE}.` })
  @Min(1, { message: 'Ask for at least one item.' })
  @Max(MAX_PAGE_SIZE, { message: `Ask for at most ${MAX_PAGE_SIZE} items at a time.` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  after?: string | null;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A named connection type for a node type: `InvoiceConnection { nodes, pageInfo }`. */
export function ConnectionType<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Connection`)
  class NodeConnection implements Connection<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return NodeConnection;
}

export function decodeCursor(cursor: string | null | undefined): string | undefined {
  if (!cursor) return undefined;
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new BadInput('after', 'This page link is no longer valid. Start from the first page.', 'PAGE_EXPIRED');
  return id;
}

export function encodeCursor(id: string): string {
  return Buffer.from(id, 'utf8').toString('base64url');
}

/**
 * Prisma's cursor pagination for a model keyed by (tenant_id, id): fetch one extra row to know
 * whether another page follows.
 */
export function pageQuery(tenantId: string, args: PageArgs) {
  const afterId = decodeCursor(args.after);
  return {
    take: args.first + 1,
    ...(afterId ? { cursor: { tenantId_id: { tenantId, id: afterId } }, skip: 1 } : {}),
  };
}

export function toConnection<T extends { id: string }, N>(rows: T[], args: PageArgs, map: (row: T) => N): Connection<N> {
  const page = rows.slice(0, args.first);
  const last = page.at(-1);
  return {
    nodes: page.map(map),
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor(last.id) : null },
  };
}
