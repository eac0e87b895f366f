// The service requests inbox: mark reviewed, convert into a job (attachments become documents
// of the job, shared with the customer), decline with a reason. The customer sees each change
// in the portal and is emailed. Each change is a conditional update on the status, so of two
// staff members acting at once one wins and the other gets CONFLICT.
import { randomUUID } from 'node:crypto';
import type { StaffContext } from '../context/context.js';
import type { ServiceRequest as RequestRow } from '../generated/prisma/client.js';
import type { RequestStatus } from '../generated/prisma/enums.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { recordDocumentEvent } from '../documents/document-access.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { createJobRow } from '../jobs/jobs.admin.service.js';
import type { JobPlanInput } from '../jobs/jobs.admin.types.js';
import { toServiceRequest } from './requests.service.js';
import { notifyRequestStatus } from './requests.emails.js';
import type { AdminServiceRequest, ServiceRequestInboxArgs } from './requests.admin.types.js';
import { overdueWhere } from './response-due.js';

/** The statuses each inbox action starts from. */
const OPEN: Record<'review' | 'convert' | 'decline', readonly RequestStatus[]> = {
  review: ['submitted'],
  convert: ['submitted', 'reviewed'],
  decline: ['submitted', 'reviewed'],
};

const VERB = { review: 'marked reviewed', convert: 'converted into a job', decline: 'declined' } as const;

function toAdminRequest(row: RequestRow): AdminServiceRequest {
  return { ...toServiceRequest(row), customerId: row.customerId, firstResponseAt: row.firstResponseAt };
}

export async function serviceRequestsInbox(ctx: StaffContext, args: ServiceRequestInboxArgs): Promise<Connection<AdminServiceRequest>> {
  const { tx, principal } = ctx;
  const rows = await tx.serviceRequest.findMany({
    where: { ...(args.status ? { status: args.status } : {}), ...(args.overdue ? overdueWhere(ctx.now()) : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(principal.tenantId, args),
  });
  return toConnection(rows, args, toAdminRequest);
}

export async function getInboxRequest(ctx: StaffContext, id: string): Promise<AdminServiceRequest> {
  return toAdminRequest(await findRequest(ctx, id));
}

async function findRequest(ctx: StaffContext, id: string): Promise<RequestRow> {
  const row = isId(id) ? await ctx.tx.serviceRequest.findFirst({ where: { id } }) : null;
  if (!row) throw new NotFound('This request');
  return row;
}

/**
 * Moves the request out of one of the action's starting statuses and returns it as written, or
 * CONFLICT naming the status it is in now (read after the update, so a concurrent winner's
 * change is what it says).
 */
async function claim(ctx: StaffContext, request: RequestRow, action: keyof typeof OPEN, data: { status: RequestStatus; declineReason?: string }): Promise<RequestRow> {
  const { tx } = ctx;
  // A status change is a response: the first one stops the response clock (response-due.ts).
  const now = ctx.now();
  const [claimed] = await tx.serviceRequest.updateManyAndReturn({
    where: { id: request.id, status: { in: [...OPEN[action]] } },
    data: { ...data, updatedAt: now, firstResponseAt: request.firstResponseAt ?? now },
  });
  if (claimed) return claimed;
  const current = await tx.serviceRequest.findFirst({ where: { id: request.id }, select: { status: true } });
  throw new Conflict(`This request is ${current?.status ?? request.status} and can no longer be ${VERB[action]}.`, 'REQUEST_ALREADY_HANDLED');
}

export async function markRequestReviewed(ctx: StaffContext, id: string): Promise<AdminServiceRequest> {
  const tenant = await currentTenant(ctx);
  const request = await findRequest(ctx, id);
  const reviewed = await claim(ctx, request, 'review', { status: 'reviewed' });
  await recordStaffActivity(ctx, 'request.reviewed', { subjectId: request.id, customerId: request.customerId });
  await notifyRequestStatus(ctx, tenant, 'reviewed', request);
  return toAdminRequest(reviewed);
}

export async function declineRequest(ctx: StaffContext, id: string, reason: string): Promise<AdminServiceRequest> {
  const tenant = await currentTenant(ctx);
  const request = await findRequest(ctx, id);
  const text = reason.trim();
  if (!text) throw new BadInput('reason', 'Tell the customer why you cannot take this request.', 'REQUIRED');
  if (text.length > 500) throw new BadInput('reason', 'Please keep the reason under 500 characters.', 'TOO_LONG');
  const declined = await claim(ctx, request, 'decline', { status: 'declined', declineReason: text });
  await recordStaffActivity(ctx, 'request.declined', { subjectId: request.id, customerId: request.customerId });
  await notifyRequestStatus(ctx, tenant, 'declined', request, { reason: text });
  return toAdminRequest(declined);
}

/**
 * Turns the request into a scheduled job for its customer. The request is claimed first, so a
 * second staff member converting at once waits for the first and then gets CONFLICT (and no
 * second job). Attachments become documents of the job, shared with the customer, on the same
 * stored files; the request keeps its attachments too.
 */
export async function convertRequestToJob(ctx: StaffContext, id: string, plan: JobPlanInput): Promise<AdminServiceRequest> {
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  const request = await findRequest(ctx, id);
  await claim(ctx, request, 'convert', { status: 'converted' });
  const job = await createJobRow(ctx, tenant, request.customerId, { ...plan, assetId: plan.assetId ?? request.assetId });
  const converted = await tx.serviceRequest.update({ where: { tenantId_id: { tenantId: principal.tenantId, id: request.id } }, data: { jobId: job.id } });
  const attachments = await tx.requestAttachment.findMany({ where: { requestId: request.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  if (attachments.length) {
    const documents = attachments.map((a) => ({ id: randomUUID(), attachment: a }));
    await tx.document.createMany({
      data: documents.map(({ id, attachment: a }) => ({
        id,
        tenantId: principal.tenantId,
        customerId: request.customerId,
        jobId: job.id,
        kind: a.contentType.startsWith('image/') ? ('photo' as const) : ('report' as const),
        title: a.fileName,
        fileName: a.fileName,
        contentType: a.contentType,
        sizeBytes: a.sizeBytes,
        storageKey: a.storageKey,
        shared: true,
        createdAt: a.createdAt,
      })),
    });
    // Shared with the customer by this conversion: in each document's access history.
    for (const { id } of documents) await recordDocumentEvent(ctx, id, 'shared');
  }
  await recordStaffActivity(ctx, 'request.converted', { subjectId: request.id, customerId: request.customerId });
  await notifyRequestStatus(ctx, tenant, 'converted', request, { when: job.scheduledStart });
  return toAdminRequest(converted);
}
