import { randomUUID } from 'node:crypto';
import type { CustomerContext, SignedInContext } from '../context/context.js';
import type { ServiceRequest as RequestRow } from '../generated/prisma/client.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { recordCustomerActivity } from '../activity/activity.js';
import type { FileReply } from '../platform/files.js';
import { URGENT, alertStaff } from '../alerts/alerts.service.js';
import type { ServiceRequest, ServiceRequestListArgs, SubmitServiceRequestInput } from './requests.types.js';
import { claimOwnUploads } from './uploads.service.js';
import { preferredWindowProblem, preferredWindowRefusal } from './preferred-window.js';
import { respondByFor } from './response-due.js';
import { promisedMinutes } from './response-promises.service.js';

const MAX_DESCRIPTION = 4000;
export const MAX_ATTACHMENTS = 5;

/** The signed-in customer's requests, newest first. */
export async function listServiceRequests(ctx: CustomerContext, args: ServiceRequestListArgs): Promise<Connection<ServiceRequest>> {
  const { tx, principal } = ctx;
  const rows = await tx.serviceRequest.findMany({
    where: { customerId: principal.customerId, ...(args.status ? { status: args.status } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(principal.tenantId, args),
  });
  return toConnection(rows, args, toServiceRequest);
}

export async function getServiceRequest(ctx: CustomerContext, id: string): Promise<ServiceRequest> {
  const { tx, principal } = ctx;
  const row = isId(id) ? await tx.serviceRequest.findFirst({ where: { id, customerId: principal.customerId } }) : null;
  if (!row) throw new NotFound('This request');
  return toServiceRequest(row);
}

export async function submitServiceRequest(ctx: CustomerContext, input: SubmitServiceRequestInput): Promise<ServiceRequest> {
  const { tx, principal } = ctx;
  const { customerId, tenantId } = principal;
  const now = ctx.now();

  const description = input.description.trim();
  if (!description) throw new BadInput('description', 'Tell us what needs doing.', 'REQUIRED');
  if (description.length > MAX_DESCRIPTION) throw new BadInput('description', `Please keep the description under ${MAX_DESCRIPTION} characters.`, 'TOO_LONG');
  const windowProblem = preferredWindowProblem(input.preferredAt, input.preferredUntil, now);
  if (windowProblem) throw preferredWindowRefusal(windowProblem.field, windowProblem.reason);
  const attachmentIds = [...new Set(input.attachmentIds)];
  if (attachmentIds.length > MAX_ATTACHMENTS) throw new BadInput('attachmentIds', `Attach at most ${MAX_ATTACHMENTS} files.`, 'TOO_MANY_ATTACHMENTS');

  if (input.assetId) {
    const asset = isId(input.assetId) ? await tx.asset.findFirst({ where: { id: input.assetId, customerId }, select: { id: true } }) : null;
    if (!asset) throw new NotFound('This equipment or pet');
  }

  const requestId = randomUUID();
  const respondBy = respondByFor(now, await promisedMinutes(ctx, input.urgency));
  const uploads = await claimOwnUploads(ctx, attachmentIds, now);
  const row = await tx.serviceRequest.create({
    data: {
      id: requestId,
      tenantId,
      customerId,
      assetId: input.assetId ?? null,
      description,
      urgency: input.urgency,
      preferredAt: input.preferredAt ?? null,
      preferredUntil: input.preferredUntil ?? null,
      respondBy,
      status: 'submitted',
      createdAt: now,
      updatedAt: now,
    },
  });
  if (uploads.length) {
    // An attachment keeps its upload's id and stored file: only the row moves. A millisecond
    // apart each, they list in the order the customer gave.
    await tx.requestAttachment.createMany({
      data: uploads.map((u, index) => ({
        id: u.id,
        tenantId,
        requestId,
        fileName: u.fileName,
        contentType: u.contentType ?? 'application/octet-stream',
        sizeBytes: u.sizeBytes ?? 0,
        storageKey: u.storageKey,
        createdAt: new Date(now.getTime() + index),
      })),
    });
  }
  await recordCustomerActivity(ctx, 'request.submitted', requestId);
  if (URGENT.includes(row.urgency)) {
    await alertStaff(ctx, { kind: 'urgentRequest', id: requestId, customerId, what: description, when: row.preferredAt, urgency: row.urgency });
  }
  return toServiceRequest(row);
}

/**
 * An attachment's file: a customer gets their own requests' attachments, staff their tenant's;
 * anything else is NOT_FOUND.
 */
export async function requestAttachmentFile(ctx: SignedInContext, id: string): Promise<FileReply> {
  const ownRequests = ctx.principal.kind === 'customer' ? { request: { customerId: ctx.principal.customerId } } : {};
  const row = isId(id) ? await ctx.tx.requestAttachment.findFirst({ where: { id, ...ownRequests } }) : null;
  const file = row ? await ctx.deps.storage.get(row.storageKey) : null;
  if (!row || !file) throw new NotFound('This file');
  return { body: file.body, sizeBytes: file.sizeBytes, contentType: row.contentType, fileName: row.fileName, disposition: 'inline' };
}

export function toServiceRequest(row: RequestRow): ServiceRequest {
  return {
    id: row.id,
    description: row.description,
    urgency: row.urgency,
    status: row.status,
    preferredAt: row.preferredAt,
    preferredUntil: row.preferredUntil,
    respondBy: row.respondBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    declineReason: row.status === 'declined' ? row.declineReason : null,
    assetId: row.assetId,
    jobId: row.jobId,
  };
}
