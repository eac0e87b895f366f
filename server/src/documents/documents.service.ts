// Documents the business shared with a customer, as the portal shows them, and a document's file.
import { isCustomerContext, type CustomerContext, type SignedInContext } from '../context/context.js';
import { Prisma } from '../generated/prisma/client.js';
import { decodeCursor, toConnection, type Connection } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import type { FileReply, FileRequest } from '../platform/files.js';
import { signedLink } from '../platform/signed-links.js';
import { recordDocumentEvent } from './document-access.js';
import { recordCustomerActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import type { Document, DocumentListArgs } from './documents.types.js';
import { documentSelect } from './documents.view.js';
import { isId } from '../common/ids.js';
import { dayBounds, type DayBounds } from '../common/day-range.js';
import { readPage, rowsOf } from '../platform/page-read.js';

/**
 * The portal's documents page in one statement (platform/page-read.ts): shared documents only,
 * newest first, a page of them, and whether the job asked for is the customer's. Row-level
 * security enforces the same for customers. The page shows no relation of a document (its job is
 * a link by id), so nothing more comes along.
 */
export async function listSharedDocuments(ctx: CustomerContext, args: DocumentListArgs): Promise<Connection<Document>> {
  const tenant = await currentTenant(ctx);
  const jobId = args.jobId || null;
  if (jobId && !isId(jobId)) throw new NotFound('This appointment');
  let bounds: DayBounds;
  let afterId: string | undefined;
  try {
    bounds = dayBounds(tenant.timeZone, args.from, args.to);
    afterId = decodeCursor(args.after);
  } catch (error) {
    // A job that is not the customer's was always refused before the days and the cursor were read.
    if (jobId && !(await ctx.tx.job.findFirst({ where: { id: jobId, customerId: ctx.principal.customerId }, select: { id: true } }))) {
      throw new NotFound('This appointment');
    }
    throw error;
  }
  const page = await readPage<{ job_found: boolean; documents: unknown }>(ctx, (q) => {
    const listed = (alias: string) => {
      const a = Prisma.raw(alias);
      const where = [q.own(alias), Prisma.sql`${a}.shared`];
      if (args.kind) where.push(Prisma.sql`${a}.kind = ${args.kind}::"DocumentKind"`);
      if (jobId) where.push(Prisma.sql`${a}.job_id = ${jobId}::uuid`);
      if (bounds.start) where.push(Prisma.sql`${a}.created_at >= ${bounds.start}`);
      if (bounds.end) where.push(Prisma.sql`${a}.created_at < ${bounds.end}`);
      return Prisma.join(where, ' AND ');
    };
    // Prisma's cursor, as the list had it: the rows after the cursor's, or none when the cursor
    // row is not itself one of the listed (another kind, unshared since, someone else's).
    const after = afterId ? Prisma.sql` AND (d.created_at, d.id) < (SELECT c.created_at, c.id FROM documents c WHERE ${listed('c')} AND c.id = ${afterId}::uuid)` : Prisma.empty;
    const rows = Prisma.sql`FROM (SELECT d.* FROM documents d WHERE ${listed('d')}${after} ORDER BY d.created_at DESC, d.id DESC LIMIT ${args.first + 1}) d`;
    return Prisma.sql`SELECT
      ${jobId ? Prisma.sql`EXISTS (SELECT 1 FROM jobs j WHERE ${q.own('j')} AND j.id = ${jobId}::uuid)` : Prisma.sql`TRUE`} AS job_found,
      ${q.list(q.row('Document', 'd', documentSelect), rows, Prisma.sql`d.created_at DESC, d.id DESC`)} AS documents`;
  });
  if (!page.job_found) throw new NotFound('This appointment');
  return toConnection(rowsOf(ctx, 'Document', documentSelect, page.documents), args, (row) => row);
}

export async function getSharedDocument(ctx: CustomerContext, id: string): Promise<Document> {
  const row = isId(id) ? await ctx.tx.document.findFirst({ where: { id, customerId: ctx.principal.customerId, shared: true }, select: documentSelect }) : null;
  if (!row) throw new NotFound('This document');
  return row;
}

/** Types a browser shows itself (in the file routes' sandbox): anything else is saved, never shown. */
const SHOWN_INLINE = /^(application\/pdf|image\/(png|jpeg|gif|webp))$/;

/** The link that shows a document in the browser (`disposition=inline`), logged as a view. */
export async function viewLink(ctx: SignedInContext, id: string): Promise<string> {
  return `${await signedLink(ctx, 'document', id)}&disposition=inline`;
}

/**
 * A document's file, re-read in the caller's scope: a customer gets only their own shared
 * documents, staff any document of their tenant. Shown in the browser when asked (`inline`, for
 * PDFs and images) or saved; either is logged (document-access.ts), and a customer's also in their
 * activity.
 */
export async function downloadDocument(ctx: SignedInContext, id: string, request: FileRequest = {}): Promise<FileReply> {
  const customer = ctx.principal.kind === 'customer' ? ctx.principal : null;
  const where: Prisma.DocumentWhereInput = customer ? { id, customerId: customer.customerId, shared: true } : { id };
  const row = isId(id) ? await ctx.tx.document.findFirst({ where }) : null;
  const file = row ? await ctx.deps.storage.get(row.storageKey) : null;
  if (!row || !file) throw new NotFound('This document');
  const disposition = request.disposition === 'inline' && SHOWN_INLINE.test(row.contentType) ? 'inline' : 'attachment';
  await recordDocumentEvent(ctx, row.id, disposition === 'inline' ? 'viewed' : 'downloaded');
  if (isCustomerContext(ctx)) await recordCustomerActivity(ctx, disposition === 'inline' ? 'document.viewed' : 'document.downloaded', row.id);
  return { body: file.body, sizeBytes: file.sizeBytes, contentType: row.contentType, fileName: row.fileName, disposition };
}
