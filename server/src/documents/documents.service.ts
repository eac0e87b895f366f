// Documents the business shared with a customer, as the portal shows them, and a document's file.
import { isCustomerContext, type CustomerContext, type SignedInContext } from '../context/context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import type { FileReply } from '../platform/files.js';
import { recordCustomerActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import type { Document, DocumentListArgs } from './documents.types.js';
import { isId } from '../common/ids.js';
import { dayRange } from '../common/day-range.js';

const documentSelect = { id: true, kind: true, title: true, fileName: true, contentType: true, sizeBytes: true, jobId: true, createdAt: true } satisfies Prisma.DocumentSelect;

/** Shared documents only; row-level security enforces the same for customers. */
export async function listSharedDocuments(ctx: CustomerContext, args: DocumentListArgs): Promise<Connection<Document>> {
  const { tx } = ctx;
  const { customerId } = ctx.principal;
  const tenant = await currentTenant(ctx);
  if (args.jobId) {
    const job = isId(args.jobId) ? await tx.job.findFirst({ where: { id: args.jobId, customerId }, select: { id: true } }) : null;
    if (!job) throw new NotFound('This appointment');
  }
  const createdAt = dayRange(tenant.timeZone, args.from, args.to);
  const rows = await tx.document.findMany({
    where: {
      customerId,
      shared: true,
      ...(args.kind ? { kind: args.kind } : {}),
      ...(args.jobId ? { jobId: args.jobId } : {}),
      ...(createdAt ? { createdAt } : {}),
    },
    select: documentSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(ctx.principal.tenantId, args),
  });
  return toConnection(rows, args, (row) => row);
}

export async function getSharedDocument(ctx: CustomerContext, id: string): Promise<Document> {
  const row = isId(id) ? await ctx.tx.document.findFirst({ where: { id, customerId: ctx.principal.customerId, shared: true }, select: documentSelect }) : null;
  if (!row) throw new NotFound('This document');
  return row;
}

/**
 * A document's file, re-read in the caller's scope: a customer gets only their own shared
 * documents (a download is logged), staff any document of their tenant.
 */
export async function downloadDocument(ctx: SignedInContext, id: string): Promise<FileReply> {
  const customer = ctx.principal.kind === 'customer' ? ctx.principal : null;
  const where: Prisma.DocumentWhereInput = customer ? { id, customerId: customer.customerId, shared: true } : { id };
  const row = isId(id) ? await ctx.tx.document.findFirst({ where }) : null;
  const file = row ? await ctx.deps.storage.get(row.storageKey) : null;
  if (!row || !file) throw new NotFound('This document');
  if (isCustomerContext(ctx)) await recordCustomerActivity(ctx, 'document.downloaded', row.id);
  return { body: file.body, sizeBytes: file.sizeBytes, contentType: row.contentType, fileName: row.fileName, disposition: 'attachment' };
}
