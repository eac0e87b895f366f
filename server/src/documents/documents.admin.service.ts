// Staff side of documents: upload through the storage layer, attach to a customer and
// optionally a job, share or unshare. Technicians only touch documents of their own jobs.
import type { StaffContext } from '../context/context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { BadInput, Forbidden, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { recordStaffActivity } from '../activity/activity.js';
import { notifyCustomer } from '../notifications/notify.js';
import { reserveUpload } from '../requests/uploads.service.js';
import type { AttachmentUpload } from '../requests/requests.types.js';
import { visibleJob } from '../jobs/jobs.admin.service.js';
import { adminDocumentSelect } from './documents.view.js';
import { recordDocumentEvent } from './document-access.js';
import type { AdminDocument, AdminDocumentListArgs, CreateDocumentInput } from './documents.admin.types.js';

const MAX_TITLE = 200;

/** RLS shows staff the whole tenant; a technician's documents are those of jobs assigned to them (enforced here). */
function visibleDocuments(ctx: StaffContext): Prisma.DocumentWhereInput {
  return ctx.principal.role === 'technician' ? { job: { is: { technicianId: ctx.principal.staffUserId } } } : {};
}

export async function createDocumentUpload(ctx: StaffContext, fileName: string): Promise<AttachmentUpload> {
  return reserveUpload(ctx, { staffUserId: ctx.principal.staffUserId }, fileName);
}

export async function listAdminDocuments(ctx: StaffContext, args: AdminDocumentListArgs): Promise<Connection<AdminDocument>> {
  const { tx, principal } = ctx;
  if (args.customerId == null && args.jobId == null) throw new BadInput('customerId', 'Choose a customer or a job.');
  const where: Prisma.DocumentWhereInput = { AND: [visibleDocuments(ctx)] };
  if (args.customerId != null) {
    const customer = isId(args.customerId) ? await tx.customer.findFirst({ where: { id: args.customerId }, select: { id: true } }) : null;
    if (!customer) throw new NotFound('This customer');
    where.customerId = customer.id;
  }
  if (args.jobId != null) where.jobId = (await visibleJob(ctx, args.jobId)).id;
  if (args.shared != null) where.shared = args.shared;
  const rows = await tx.document.findMany({ where, select: adminDocumentSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], ...pageQuery(principal.tenantId, args) });
  return toConnection(rows, args, (row) => row);
}

export async function getAdminDocument(ctx: StaffContext, id: string): Promise<AdminDocument> {
  const doc = isId(id) ? await ctx.tx.document.findFirst({ where: { id, ...visibleDocuments(ctx) }, select: adminDocumentSelect }) : null;
  if (!doc) throw new NotFound('This document');
  return doc;
}

export async function createDocument(ctx: StaffContext, input: CreateDocumentInput): Promise<AdminDocument> {
  const { tx, principal } = ctx;
  const title = input.title.trim();
  if (!title) throw new BadInput('title', 'Give the document a title.');
  if (title.length > MAX_TITLE) throw new BadInput('title', `Please keep the title under ${MAX_TITLE} characters.`);
  const customer = isId(input.customerId) ? await tx.customer.findFirst({ where: { id: input.customerId }, select: { id: true } }) : null;
  if (!customer) throw new NotFound('This customer');
  if (input.jobId == null && principal.role === 'technician') throw new Forbidden('Technicians add documents to their own jobs: choose the job.');
  if (input.jobId != null) {
    const job = await visibleJob(ctx, input.jobId);
    if (job.customerId !== customer.id) throw new NotFound('This job');
  }
  // Only the caller's own received, unused upload; the conditional update lets one document have it.
  const owned: Prisma.UploadWhereInput = { id: input.uploadId, staffUserId: principal.staffUserId, consumedAt: null, uploadedAt: { not: null } };
  const upload = isId(input.uploadId) ? await tx.upload.findFirst({ where: owned }) : null;
  const claimed = upload ? await tx.upload.updateMany({ where: owned, data: { consumedAt: ctx.now() } }) : null;
  if (!upload || claimed?.count !== 1) throw new NotFound('This upload');
  const row = await tx.document.create({
    data: {
      tenantId: principal.tenantId,
      customerId: customer.id,
      jobId: input.jobId ?? null,
      kind: input.kind,
      title,
      fileName: upload.fileName,
      contentType: upload.contentType ?? 'application/octet-stream',
      sizeBytes: upload.sizeBytes ?? 0,
      storageKey: upload.storageKey,
      shared: input.shared,
      createdAt: ctx.now(),
    },
    select: adminDocumentSelect,
  });
  await recordStaffActivity(ctx, 'document.added', { subjectId: row.id, customerId: row.customerId });
  await recordDocumentEvent(ctx, row.id, 'uploaded');
  if (row.shared) await sharedWith(ctx, row);
  return row;
}

export async function setDocumentShared(ctx: StaffContext, id: string, shared: boolean): Promise<AdminDocument> {
  const { tx, principal } = ctx;
  const doc = isId(id) ? await tx.document.findFirst({ where: { id, ...visibleDocuments(ctx) }, select: adminDocumentSelect }) : null;
  if (!doc) throw new NotFound('This document');
  if (doc.shared === shared) return doc;
  const updated = await tx.document.update({ where: { tenantId_id: { tenantId: principal.tenantId, id: doc.id } }, data: { shared }, select: adminDocumentSelect });
  if (shared) await sharedWith(ctx, updated);
  else {
    await recordStaffActivity(ctx, 'document.unshared', { subjectId: doc.id, customerId: doc.customerId });
    await recordDocumentEvent(ctx, doc.id, 'unshared');
  }
  return updated;
}

/** A document the customer can now see: logged, and the customer told (documentShared). */
async function sharedWith(ctx: StaffContext, doc: { id: string; customerId: string; title: string }): Promise<void> {
  await recordStaffActivity(ctx, 'document.shared', { subjectId: doc.id, customerId: doc.customerId });
  await recordDocumentEvent(ctx, doc.id, 'shared');
  await notifyCustomer(ctx, { customerId: doc.customerId, kind: 'documentShared', subject: { type: 'document', id: doc.id }, params: { title: doc.title } });
}
