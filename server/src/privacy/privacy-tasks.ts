// The privacy work of the worker, each tenant in its own scope as the system:
// - hourly `runDueErasures`: an erasure request past its dueAt (the tenant's erasureAutoDays) is
//   carried out if nothing blocks it, else rejected with the reason and the customer is told;
// - daily `runRetention`: an erased customer whose retainUntil has passed is anonymised for good
//   (see README: invoices are anonymised, never deleted, so numbering stays gap-free);
// - daily `deleteExpiredExports`: an export past its link's expiry loses its ZIP and is completed.
import type { WorkerDeps } from '../worker/context.js';
import { forEachTenant, tenantCondition, type TenantFilter } from '../worker/context.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { recordActivity } from '../activity/activity.js';
import { eraseCustomer, ERASED } from './erase-customer.js';
import { erasureBlock } from './erasure-blocks.js';
import { emailErasureRefused } from './privacy-emails.js';

export const ERASED_CUSTOMER_NAME = 'Erased customer';

export async function runDueErasures(deps: WorkerDeps, filter: TenantFilter = {}): Promise<number> {
  const now = deps.now();
  const due = await deps.owner.$queryRaw<{ tenantId: string; id: string }[]>`
    SELECT tenant_id::text AS "tenantId", id::text AS id FROM privacy_requests
     WHERE kind = 'erasure' AND status = 'requested' AND due_at <= ${now} ${tenantCondition('tenant_id', filter)}`;
  return forEachTenant(deps, due, async (ctx, rows) => {
    let done = 0;
    const tenant = await scopeTenant(ctx);
    for (const row of rows) {
      const request = await ctx.tx.privacyRequest.findFirst({ where: { id: row.id, status: 'requested' } });
      if (!request) continue;
      const block = await erasureBlock(ctx, request.customerId);
      const at = ctx.now();
      if (block) {
        await ctx.tx.privacyRequest.update({ where: { tenantId_id: { tenantId: tenant.id, id: request.id } }, data: { status: 'rejected', reason: block, decidedAt: at } });
        const customer = await ctx.tx.customer.findFirstOrThrow({ where: { id: request.customerId }, select: { email: true, locale: true } });
        await emailErasureRefused(ctx, tenant, { email: customer.email, locale: customer.locale, customerId: request.customerId }, block);
        await recordActivity(ctx, {
          tenantId: tenant.id,
          actorType: 'system',
          actorId: null,
          customerId: request.customerId,
          subjectId: request.id,
          action: 'privacy.erasure_rejected',
        });
        continue;
      }
      await eraseCustomer(ctx, request.customerId);
      await ctx.tx.privacyRequest.update({ where: { tenantId_id: { tenantId: tenant.id, id: request.id } }, data: { status: 'completed', decidedAt: at, completedAt: at } });
      done += 1;
    }
    return done;
  });
}

export async function runRetention(deps: WorkerDeps, filter: TenantFilter = {}): Promise<number> {
  const now = deps.now();
  const due = await deps.owner.$queryRaw<{ tenantId: string; id: string }[]>`
    SELECT tenant_id::text AS "tenantId", id::text AS id FROM customers
     WHERE erased_at IS NOT NULL AND retain_until <= ${now} ${tenantCondition('tenant_id', filter)}`;
  return forEachTenant(deps, due, async ({ tx }, rows) => {
    const ids = rows.map((r) => r.id);
    const where = { customerId: { in: ids } };
    await tx.invoice.updateMany({ where, data: { notes: null } });
    await tx.creditNote.updateMany({ where, data: { reason: ERASED } });
    await tx.payment.updateMany({ where, data: { providerRef: null, failureReason: null, cardBrand: null, last4: null } });
    await tx.paymentMandate.deleteMany({ where });
    await tx.signingRequest.updateMany({ where, data: { signerName: ERASED } });
    await tx.privacyRequest.deleteMany({ where });
    const result = await tx.customer.updateMany({ where: { id: { in: ids } }, data: { name: ERASED_CUSTOMER_NAME, retainUntil: null } });
    return result.count;
  });
}

export async function deleteExpiredExports(deps: WorkerDeps, filter: TenantFilter = {}): Promise<number> {
  const now = deps.now();
  const due = await deps.owner.$queryRaw<{ tenantId: string; id: string; storageKey: string }[]>`
    SELECT tenant_id::text AS "tenantId", id::text AS id, storage_key AS "storageKey" FROM privacy_requests
     WHERE kind = 'export' AND status = 'ready' AND expires_at <= ${now} ${tenantCondition('tenant_id', filter)}`;
  return forEachTenant(deps, due, async ({ tx }, rows) => {
    for (const row of rows) await deps.storage.delete(row.storageKey);
    const result = await tx.privacyRequest.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { status: 'completed', storageKey: null } });
    return result.count;
  });
}
