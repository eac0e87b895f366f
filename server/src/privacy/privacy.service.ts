// What a customer's contact does about privacy in the portal: read the notice and accept it, ask
// for an export (their own data, or the whole account's for the primary contact), ask for the
// account's erasure (primary contact only), and download a ready export.
import type { CustomerContext, SignedInContext } from '../context/context.js';
import { Conflict, Forbidden, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { currentTenant } from '../platform/current-tenant.js';
import type { FileReply } from '../platform/files.js';
import { FileRefused } from '../storage/file-types.js';
import { recordActivity, recordCustomerActivity } from '../activity/activity.js';
import { erasureBlock, type ErasureBlock } from './erasure-blocks.js';
import { privacyContact } from './privacy-contact.js';
import { createExportRequest, ERASURE_PENDING, PENDING_STATUSES, toPrivacyRequest } from './privacy-requests.js';
import type { PrivacyNotice, PrivacyOverview, PrivacyRequest } from './privacy.types.js';

export const PRIMARY_ONLY = 'PRIMARY_ONLY';
export const STALE_VERSION = 'STALE_VERSION';
const DAY_MS = 86_400_000;

export async function privacyNotice(ctx: CustomerContext): Promise<PrivacyNotice> {
  const tenant = await currentTenant(ctx);
  const latest = await ctx.tx.privacyAcceptance.findFirst({
    where: { contactId: ctx.principal.accountId, customerId: ctx.principal.customerId },
    orderBy: { version: 'desc' },
    select: { version: true, acceptedAt: true },
  });
  const text = tenant.privacyNotice?.trim() ? tenant.privacyNotice : null;
  return {
    text,
    version: tenant.privacyNoticeVersion,
    acceptedVersion: latest?.version ?? null,
    acceptedAt: latest?.acceptedAt ?? null,
    mustAccept: text !== null && (latest?.version ?? -1) < tenant.privacyNoticeVersion,
  };
}

export async function acceptPrivacyNotice(ctx: CustomerContext, version: number): Promise<PrivacyNotice> {
  const tenant = await currentTenant(ctx);
  if (!tenant.privacyNotice?.trim() || version !== tenant.privacyNoticeVersion) {
    throw new Conflict('The privacy notice changed since you opened it. Please read the current version.', STALE_VERSION);
  }
  const { principal } = ctx;
  await ctx.tx.privacyAcceptance.createMany({
    data: [
      {
        tenantId: principal.tenantId,
        contactId: principal.accountId,
        customerId: principal.customerId,
        version,
        acceptedAt: ctx.now(),
        ip: ctx.client.ip,
        userAgent: ctx.client.userAgent,
      },
    ],
    skipDuplicates: true,
  });
  await recordCustomerActivity(ctx, 'privacy.notice_accepted');
  return privacyNotice(ctx);
}

async function myRequests(ctx: CustomerContext, isPrimary: boolean): Promise<PrivacyRequest[]> {
  const rows = await ctx.tx.privacyRequest.findMany({
    where: { customerId: ctx.principal.customerId, ...(isPrimary ? {} : { requestedByContactId: ctx.principal.accountId }) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
  });
  return rows.map(toPrivacyRequest);
}

export async function privacyOverview(ctx: CustomerContext): Promise<PrivacyOverview> {
  const contact = await privacyContact(ctx);
  return {
    notice: await privacyNotice(ctx),
    isPrimary: contact.isPrimary,
    erasureBlockedReason: contact.isPrimary ? await erasureBlock(ctx, ctx.principal.customerId) : null,
    requests: await myRequests(ctx, contact.isPrimary),
  };
}

export async function requestDataExport(ctx: CustomerContext, wholeAccount: boolean): Promise<PrivacyRequest> {
  const contact = await privacyContact(ctx);
  if (wholeAccount && !contact.isPrimary) throw new Forbidden("Only the account's primary contact can export the whole account.", PRIMARY_ONLY);
  const { principal } = ctx;
  const row = await createExportRequest(ctx, {
    tenantId: principal.tenantId,
    customerId: principal.customerId,
    wholeAccount,
    requestedByContactId: contact.id,
    requestedByStaffId: null,
  });
  await recordCustomerActivity(ctx, 'privacy.export_requested', row.id);
  return toPrivacyRequest(row);
}

export async function requestErasure(ctx: CustomerContext): Promise<PrivacyRequest> {
  const contact = await privacyContact(ctx);
  if (!contact.isPrimary) throw new Forbidden("Only the account's primary contact can ask to delete the account.", PRIMARY_ONLY);
  const { principal, tx } = ctx;
  const pending = await tx.privacyRequest.findFirst({ where: { customerId: principal.customerId, kind: 'erasure', status: { in: [...PENDING_STATUSES] } }, select: { id: true } });
  if (pending) throw new Conflict('You have already asked to delete your account.', ERASURE_PENDING);
  const block: ErasureBlock | null = await erasureBlock(ctx, principal.customerId);
  if (block) throw new Conflict('Your account cannot be deleted yet.', block);
  const tenant = await currentTenant(ctx);
  const now = ctx.now();
  const row = await tx.privacyRequest.create({
    data: {
      tenantId: principal.tenantId,
      customerId: principal.customerId,
      kind: 'erasure',
      wholeAccount: true,
      status: 'requested',
      requestedByContactId: contact.id,
      dueAt: tenant.erasureAutoDays ? new Date(now.getTime() + tenant.erasureAutoDays * DAY_MS) : null,
      createdAt: now,
    },
  });
  await recordCustomerActivity(ctx, 'privacy.erasure_requested', row.id);
  return toPrivacyRequest(row);
}

/**
 * The ZIP of a ready export behind a signed link, re-read in the caller's scope: a customer's
 * contact gets their own (the account's, if primary), staff any of their business's. 410 once
 * the link's days are over.
 */
export async function privacyExportFile(ctx: SignedInContext, id: string): Promise<FileReply> {
  const { tx, principal } = ctx;
  if (!isId(id)) throw new NotFound('This export');
  let mine = {};
  if (principal.kind === 'customer') {
    const contact = await privacyContact(ctx as CustomerContext);
    mine = { customerId: principal.customerId, ...(contact.isPrimary ? {} : { requestedByContactId: contact.id }) };
  }
  const request = await tx.privacyRequest.findFirst({ where: { id, kind: 'export', ...mine } });
  if (!request) throw new NotFound('This export');
  if (request.status !== 'ready' || !request.storageKey || !request.expiresAt || request.expiresAt <= ctx.now()) {
    throw new FileRefused(410, 'This export has expired. You can ask for a new one on your Privacy page.');
  }
  const file = await ctx.deps.storage.get(request.storageKey);
  if (!file) throw new FileRefused(410, 'This export has expired. You can ask for a new one on your Privacy page.');
  await recordActivity(ctx, {
    tenantId: principal.tenantId,
    actorType: principal.kind === 'customer' ? 'customer' : 'staff',
    actorId: principal.kind === 'customer' ? principal.customerId : principal.staffUserId,
    customerId: request.customerId,
    subjectId: request.id,
    action: 'privacy.export_downloaded',
  });
  const day = request.createdAt.toISOString().slice(0, 10);
  return { body: file.body, contentType: 'application/zip', fileName: `data-export-${day}.zip`, disposition: 'attachment', sizeBytes: file.sizeBytes };
}
