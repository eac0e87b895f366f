// Staff side of signatures: ask a customer to sign a contract document, withdraw it, follow it
// with its audit trail. The office only (the door); row-level security hides it all from technicians.
import type { StaffContext } from '../context/context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { readStoredBytes } from '../storage/read-bytes.js';
import { recordDocumentEvent } from '../documents/document-access.js';
import { notifySignatureRequested } from './signing-notices.js';
import { checkedPdf, openSigningRequest, signingRequestSelect, toSigningRequest, type Placement } from './signatures.service.js';
import { recordSigningEvent } from './signing-events.js';
import { canMoveSigning } from './signing-status.js';
import type { AdminSigningRequest, AdminSigningRequestListArgs, RequestDocumentSignatureInput, SignatureEvent } from './signatures.types.js';

const adminSelect = {
  ...signingRequestSelect,
  customerId: true,
  documentId: true,
  signedDocumentId: true,
  originalSha256: true,
  signedSha256: true,
  signerEmail: true,
  signerIp: true,
  signerUserAgent: true,
  disclosureVersion: true,
  codeVerifiedAt: true,
} satisfies Prisma.SigningRequestSelect;

async function found(ctx: StaffContext, id: string): Promise<AdminSigningRequest> {
  const row = isId(id) ? await ctx.tx.signingRequest.findFirst({ where: { id }, select: adminSelect }) : null;
  if (!row) throw new NotFound('This signing request');
  return toSigningRequest(row);
}

export async function listAdminSigningRequests(ctx: StaffContext, args: AdminSigningRequestListArgs): Promise<AdminSigningRequest[]> {
  const customer = isId(args.customerId) ? await ctx.tx.customer.findFirst({ where: { id: args.customerId }, select: { id: true } }) : null;
  if (!customer) throw new NotFound('This customer');
  const rows = await ctx.tx.signingRequest.findMany({
    where: { customerId: customer.id, ...(args.status ? { status: args.status } : {}) },
    select: adminSelect,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 100,
  });
  return rows.map(toSigningRequest);
}

export function getAdminSigningRequest(ctx: StaffContext, id: string): Promise<AdminSigningRequest> {
  return found(ctx, id);
}

export async function requestDocumentSignature(ctx: StaffContext, documentId: string, input: RequestDocumentSignatureInput): Promise<AdminSigningRequest> {
  const { tx } = ctx;
  const doc = isId(documentId)
    ? await tx.document.findFirst({
        where: { id: documentId },
        select: { id: true, tenantId: true, customerId: true, title: true, contentType: true, storageKey: true, shared: true },
      })
    : null;
  if (!doc) throw new NotFound('This document');
  if (doc.contentType !== 'application/pdf') throw new BadInput('documentId', 'Only a PDF can be signed.', 'NOT_A_PDF');
  let placement: Placement;
  if (input.append) placement = 'APPEND';
  else if (input.placement) {
    const { page, x, y, width, height } = input.placement;
    placement = { page, x, y, width, height };
  } else throw new BadInput('placement', 'Place the signature on a page, or append a signature page.', 'PLACEMENT_REQUIRED');
  const pending = await tx.signingRequest.findFirst({ where: { documentId: doc.id, status: 'PENDING' }, select: { id: true } });
  if (pending) throw new Conflict('This document is already waiting for a signature.', 'SIGNING_ALREADY_REQUESTED');
  const pdf = await readStoredBytes(ctx.deps.storage, doc.storageKey);
  if (!pdf) throw new NotFound('This document');
  await checkedPdf(pdf, placement);
  if (!doc.shared) {
    await tx.document.update({ where: { tenantId_id: { tenantId: doc.tenantId, id: doc.id } }, data: { shared: true } });
    await recordDocumentEvent(ctx, doc.id, 'shared');
  }
  const row = await openSigningRequest(ctx, { kind: 'DOCUMENT', subjectId: doc.id, customerId: doc.customerId, title: doc.title, documentId: doc.id, pdf, placement });
  await notifySignatureRequested(ctx, { requestId: row.id, customerId: row.customerId, title: row.title });
  return found(ctx, row.id);
}

export async function cancelSigningRequest(ctx: StaffContext, id: string): Promise<AdminSigningRequest> {
  const row = await found(ctx, id);
  if (!canMoveSigning(row.status, 'CANCELLED')) throw new Conflict('Only a request waiting for a signature can be cancelled.', 'SIGNING_CLOSED');
  const moved = await ctx.tx.signingRequest.updateMany({ where: { id: row.id, status: 'PENDING' }, data: { status: 'CANCELLED', cancelledAt: ctx.now(), codeHash: null } });
  if (moved.count !== 1) throw new Conflict('Only a request waiting for a signature can be cancelled.', 'SIGNING_CLOSED');
  await recordSigningEvent(ctx, row.id, 'cancelled');
  return found(ctx, row.id);
}

export async function signingEvents(ctx: StaffContext, requestId: string): Promise<SignatureEvent[]> {
  return ctx.tx.signatureEvent.findMany({
    where: { requestId },
    select: { id: true, kind: true, actorType: true, actorId: true, ip: true, userAgent: true, at: true },
    orderBy: [{ at: 'asc' }, { seq: 'asc' }],
  });
}

export async function adminDocumentSigningRequest(ctx: StaffContext, documentId: string): Promise<AdminSigningRequest | null> {
  const row = await ctx.tx.signingRequest.findFirst({ where: { documentId }, select: adminSelect, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  return row ? toSigningRequest(row) : null;
}
