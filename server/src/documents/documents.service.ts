import type { RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';
import { pageQuery, toConnection, type Connection, type PageArgs } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import type { Document } from './documents.types.js';
import { isId } from '../common/ids.js';

const documentSelect = { id: true, kind: true, title: true, fileName: true, contentType: true, sizeBytes: true, jobId: true, createdAt: true } satisfies Prisma.DocumentSelect;

/** Shared documents only; row-level security enforces the same for customers. */
export async function listSharedDocuments(ctx: RequestContext, tx: Tx, customerId: string, args: PageArgs): Promise<Connection<Document>> {
  if (ctx.principal.kind === 'anonymous') throw new NotFound();
  const rows = await tx.document.findMany({
    where: { customerId, shared: true },
    select: documentSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(ctx.principal.tenantId, args),
  });
  return toConnection(rows, args, (row) => row);
}

export async function getSharedDocument(_ctx: RequestContext, tx: Tx, customerId: string, id: string): Promise<Document> {
  const row = isId(id) ? await tx.document.findFirst({ where: { id, customerId, shared: true }, select: documentSelect }) : null;
  if (!row) throw new NotFound('This document');
  return row;
}
