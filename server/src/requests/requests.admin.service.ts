// The service requests inbox: mark reviewed, convert into a job (attachments become documents
// of the job, shared with the customer), decline with a reason. The customer sees each change
// in the portal and is emailed. Each change is a conditional update on the status, so of two
// staff members acting at once one wins and the other gets CONFLICT.
import { staffScope, type RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import type { ServiceRequest as RequestRow } from '../generated/prisma/client.js';
import type { RequestStatus } from '../generated/prisma/enums.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { recordStaffActivity } from '../activity/activity.js';
import { requireFeature } from '../platform/features.js';
import { createJobRow } from '../jobs/jobs.admin.service.js';
import type { JobPlanInput } from '../jobs/jobs.admin.types.js';
import { toServiceRequest } from './requests.service.js';
import { sendRequestEmail } from './requests.emails.js';
import type { AdminServiceRequest, ServiceRequestInboxArgs } from './requests.admin.types.js';

/** The statuses each inbox action starts from. */
const OPEN: Record<'review' | 'convert' | 'decline', readonly RequestStatus[]> = {
  review: ['submitted'],
  convert: ['submitted', 'reviewed'],
  decline: ['submitted', 'reviewed'],
};

const VERB = { review: 'marked reviewed', convert: 'converted into a job', decline: 'declined' } as const;

function toAdminRequest(row: RequestRow): AdminServiceRequest {
  return { ...toServiceRequest(row), customerId: row.customerId };
}

export async function serviceRequestsInbox(ctx: RequestContext, args: ServiceRequestInboxArgs): Promise<Connection<AdminServiceRequest>> {
  const { tx, principal } = staffScope(ctx);
  await requireFeature(ctx, 'requests');
  const rows = await tx.serviceRequest.findMany({
    where: args.status ? { status: args.status } : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(principal.tenantId, args),
  });
  return toConnection(rows, args, toAdminRequest);
}

export async function getInboxRequest(ctx: RequestContext, id: string): Promise<AdminServiceRequest> {
  await requireFeature(ctx, 'requests');
  return toAdminRequest(await findRequest(staffScope(ctx).tx, id));
}

async function findRequest(tx: Tx, id: string): Promise<RequestRow> {
  const row = isId(id) ? await tx.serviceRequest.findFirst({ where: { id } }) : null;
  if (!row) throw new NotFound('This request');
  return row;
}

/**
 * Moves the request out of one of the action's starting statuses, or CONFLICT naming the
 * status it is in now (read after the update, so a concurrent winner's change is what it says).
 */
async function claim(tx: Tx, request: RequestRow, action: keyof typeof OPEN, data: { status: RequestStatus; declineReason?: string }, now: Date): Promise<void> {
  const changed = await tx.serviceRequest.updateMany({ where: { id: request.id, status: { in: [...OPEN[action]] } }, data: { ...data, updatedAt: now } });
  if (changed.count === 1) return;
  const current = await tx.serviceRequest.findFirst({ where: { id: request.id }, select: { status: true } });
  throw new Conflict(`This request is ${current?.status ?? request.status} and can no longer be ${VERB[action]}.`);
}

export async function markRequestReviewed(ctx: RequestContext, id: string): Promise<AdminServiceRequest> {
  const { tx } = staffScope(ctx);
  const tenant = await requireFeature(ctx, 'requests');
  const request = await findRequest(tx, id);
  await claim(tx, request, 'review', { status: 'reviewed' }, ctx.now());
  await recordStaffActivity(ctx, 'request.reviewed', { subjectId: request.id, customerId: request.customerId });
  await sendRequestEmail(ctx, tx, tenant, 'reviewed', request);
  return toAdminRequest(await findRequest(tx, id));
}

export async function declineRequest(ctx: RequestContext, id: string, reason: string): Promise<AdminServiceRequest> {
  const { tx } = staffScope(ctx);
  const tenant = await requireFeature(ctx, 'requests');
  const request = await findRequest(tx, id);
  const text = reason.trim();
  if (!text) throw new BadInput('reason', 'Tell the customer why you cannot take this request.');
  if (text.length > 500) throw new BadInput('reason', 'Please keep the reason under 500 characters.');
  await claim(tx, request, 'decline', { status: 'declined', declineReason: text }, ctx.now());
  await recordStaffActivity(ctx, 'request.declined', { subjectId: request.id, customerId: request.customerId });
  await sendRequestEmail(ctx, tx, tenant, 'declined', request, { reason: text });
  return toAdminRequest(await findRequest(tx, id));
}

/**
 * Turns the request into a scheduled job for its customer. The request is claimed first, so a
 * second staff member converting at once waits for the first and then gets CONFLICT (and no
 * second job). Attachments become documents of the job, shared with the customer, on the same
 * stored files; the request keeps its attachments too.
 */
export async function convertRequestToJob(ctx: RequestContext, id: string, plan: JobPlanInput): Promise<AdminServiceRequest> {
  const { tx, principal } = staffScope(ctx);
  const tenant = await requireFeature(ctx, 'requests');
  const request = await findRequest(tx, id);
  await claim(tx, request, 'convert', { status: 'converted' }, ctx.now());
  const job = await createJobRow(staffScope(ctx), tenant, request.customerId, { ...plan, assetId: plan.assetId ?? request.assetId });
  await tx.serviceRequest.updateMany({ where: { id: request.id }, data: { jobId: job.id } });
  const attachments = await tx.requestAttachment.findMany({ where: { requestId: request.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  if (attachments.length) {
    await tx.document.createMany({
      data: attachments.map((a) => ({
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
  }
  await recordStaffActivity(ctx, 'request.converted', { subjectId: request.id, customerId: request.customerId });
  await sendRequestEmail(ctx, tx, tenant, 'converted', request, { when: job.scheduledStart });
  return toAdminRequest(await findRequest(tx, id));
}
