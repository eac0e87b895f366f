// What staff do about privacy: run an export for a customer, see requests, confirm or reject an
// erasure (carried out at once, as the system, when nothing blocks it), and set the business's
// privacy notice and periods.
import type { StaffContext } from '../context/context.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import type { PrivacyRequestStatus } from '../generated/prisma/enums.js';
import type { PrivacyRequest as PrivacyRequestRow } from '../generated/prisma/client.js';
import { asSystem } from '../platform/scope.js';
import { currentTenant, forgetCurrentTenant } from '../platform/current-tenant.js';
import { recordStaffActivity } from '../activity/activity.js';
import { eraseCustomer } from './erase-customer.js';
import { erasureBlock, type ErasureBlock } from './erasure-blocks.js';
import { createExportRequest, toPrivacyRequest } from './privacy-requests.js';
import { ERASED_CUSTOMER_NAME } from './privacy-tasks.js';
import { inPrivacyRange, OUT_OF_RANGE, PRIVACY_RANGES, type RangedSetting } from './privacy-settings-ranges.js';
import type { AdminPrivacyRequest, PrivacySettings, PrivacySettingsInput } from './privacy.types.js';

export const NOT_PENDING = 'NOT_PENDING';

type RowWithCustomer = PrivacyRequestRow & { customer: { name: string; erasedAt: Date | null } };

function toAdminRequest(row: RowWithCustomer): AdminPrivacyRequest {
  return Object.assign(toPrivacyRequest(row), { customerName: row.customer.erasedAt ? ERASED_CUSTOMER_NAME : row.customer.name });
}

const WITH_CUSTOMER = { customer: { select: { name: true, erasedAt: true } } } as const;

export async function runCustomerDataExport(ctx: StaffContext, customerId: string): Promise<AdminPrivacyRequest> {
  const customer = isId(customerId) ? await ctx.tx.customer.findFirst({ where: { id: customerId }, select: { id: true, erasedAt: true } }) : null;
  if (!customer || customer.erasedAt) throw new NotFound('This customer');
  const row = await createExportRequest(ctx, {
    tenantId: ctx.principal.tenantId,
    customerId,
    wholeAccount: true,
    requestedByContactId: null,
    requestedByStaffId: ctx.principal.staffUserId,
  });
  await recordStaffActivity(ctx, 'privacy.export_requested', { subjectId: row.id, customerId });
  return toAdminRequest(await ctx.tx.privacyRequest.findFirstOrThrow({ where: { id: row.id }, include: WITH_CUSTOMER }));
}

export async function listPrivacyRequests(ctx: StaffContext, filter: { status: PrivacyRequestStatus | null; customerId: string | null }): Promise<AdminPrivacyRequest[]> {
  if (filter.customerId !== null && !isId(filter.customerId)) return [];
  const rows = await ctx.tx.privacyRequest.findMany({
    where: { ...(filter.status ? { status: filter.status } : {}), ...(filter.customerId ? { customerId: filter.customerId } : {}) },
    include: WITH_CUSTOMER,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 200,
  });
  return rows.map(toAdminRequest);
}

async function pendingErasure(ctx: StaffContext, id: string): Promise<PrivacyRequestRow> {
  const row = isId(id) ? await ctx.tx.privacyRequest.findFirst({ where: { id, kind: 'erasure' } }) : null;
  if (!row) throw new NotFound('This request');
  if (row.status !== 'requested') throw new Conflict('This request was already decided.', NOT_PENDING);
  return row;
}

export async function confirmErasure(ctx: StaffContext, id: string): Promise<AdminPrivacyRequest> {
  const row = await pendingErasure(ctx, id);
  const block: ErasureBlock | null = await erasureBlock(ctx, row.customerId);
  if (block) throw new Conflict('This customer cannot be erased yet.', block);
  const now = ctx.now();
  await asSystem(ctx, (system) => eraseCustomer(system, row.customerId));
  const updated = await ctx.tx.privacyRequest.update({
    where: { tenantId_id: { tenantId: row.tenantId, id } },
    data: { status: 'completed', decidedByStaffId: ctx.principal.staffUserId, decidedAt: now, completedAt: now },
    include: WITH_CUSTOMER,
  });
  await recordStaffActivity(ctx, 'privacy.erasure_confirmed', { subjectId: id, customerId: row.customerId });
  return toAdminRequest(updated);
}

export async function rejectErasure(ctx: StaffContext, id: string, reason: string): Promise<AdminPrivacyRequest> {
  const words = reason.trim();
  if (!words) throw new BadInput('reason', 'Say why, so the customer knows.', 'REQUIRED');
  if (words.length > 1000) throw new BadInput('reason', 'At most 1000 characters.', 'TOO_LONG');
  const row = await pendingErasure(ctx, id);
  const updated = await ctx.tx.privacyRequest.update({
    where: { tenantId_id: { tenantId: row.tenantId, id } },
    data: { status: 'rejected', reason: words, decidedByStaffId: ctx.principal.staffUserId, decidedAt: ctx.now() },
    include: WITH_CUSTOMER,
  });
  await recordStaffActivity(ctx, 'privacy.erasure_rejected', { subjectId: id, customerId: row.customerId });
  return toAdminRequest(updated);
}

export async function privacySettings(ctx: StaffContext): Promise<PrivacySettings> {
  const tenant = await currentTenant(ctx);
  return {
    privacyNotice: tenant.privacyNotice,
    privacyNoticeVersion: tenant.privacyNoticeVersion,
    legalRetentionYears: tenant.legalRetentionYears,
    erasureAutoDays: tenant.erasureAutoDays,
    exportLinkDays: tenant.exportLinkDays,
  };
}

function checkRange(setting: RangedSetting, value: number): void {
  if (!inPrivacyRange(setting, value)) {
    const { min, max } = PRIVACY_RANGES[setting];
    throw new BadInput(setting, `Choose a whole number from ${min} to ${max}.`, OUT_OF_RANGE);
  }
}

export async function updatePrivacySettings(ctx: StaffContext, input: PrivacySettingsInput): Promise<PrivacySettings> {
  const tenant = await currentTenant(ctx);
  const data: { privacyNotice?: string | null; privacyNoticeVersion?: number; legalRetentionYears?: number; erasureAutoDays?: number | null; exportLinkDays?: number } = {};
  if (input.legalRetentionYears !== undefined && input.legalRetentionYears !== null) {
    checkRange('legalRetentionYears', input.legalRetentionYears);
    data.legalRetentionYears = input.legalRetentionYears;
  }
  if (input.exportLinkDays !== undefined && input.exportLinkDays !== null) {
    checkRange('exportLinkDays', input.exportLinkDays);
    data.exportLinkDays = input.exportLinkDays;
  }
  if (input.erasureAutoDays !== undefined) {
    if (input.erasureAutoDays !== null) checkRange('erasureAutoDays', input.erasureAutoDays);
    data.erasureAutoDays = input.erasureAutoDays;
  }
  if (input.privacyNotice !== undefined) {
    const text = input.privacyNotice?.trim() ? input.privacyNotice.trim() : null;
    if (text !== null && text.length > 50_000) throw new BadInput('privacyNotice', 'At most 50,000 characters.', 'TOO_LONG');
    if (text !== (tenant.privacyNotice ?? null)) {
      data.privacyNotice = text;
      // A changed text is a new version everyone must accept again; removing it keeps the count.
      if (text !== null) data.privacyNoticeVersion = tenant.privacyNoticeVersion + 1;
    }
  }
  await ctx.tx.tenant.update({ where: { id: tenant.id }, data });
  forgetCurrentTenant(ctx);
  await recordStaffActivity(ctx, 'privacy.settings_updated');
  return privacySettings(ctx);
}
