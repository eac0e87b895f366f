// The 'privacy-export' task: builds one export request's ZIP (README.txt, <kind>.json and
// <kind>.csv per kind, the shared documents' files under documents/), stores it, marks the request
// ready until now + the tenant's exportLinkDays, and emails the requester. Runs in the tenant's
// scope as the system; a request no longer waiting (built, cancelled) is left alone.
import { zipSync, strToU8 } from 'fflate';
import type { AppDeps } from '../context/context.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { inTenantScope } from '../platform/scope.js';
import { readStoredBytes } from '../storage/read-bytes.js';
import { emailLanguage } from '../platform/email-locale.js';
import { recordActivity } from '../activity/activity.js';
import { toCsv } from './export-csv.js';
import { exportContents } from './export-contents.js';
import { EXPORT_KINDS, exportReadme } from './export-readme.js';
import { emailExportReady } from './privacy-emails.js';

export interface PrivacyExportJob {
  tenantId: string;
  requestId: string;
}

export function isPrivacyExportJob(value: unknown): value is PrivacyExportJob {
  const v = value as Partial<PrivacyExportJob> | null;
  return typeof v?.tenantId === 'string' && typeof v.requestId === 'string';
}

const DAY_MS = 86_400_000;

export function exportStorageKey(tenantId: string, requestId: string): string {
  return `tenants/${tenantId}/privacy-exports/${requestId}.zip`;
}

export async function buildPrivacyExport(deps: AppDeps, job: PrivacyExportJob): Promise<boolean> {
  return inTenantScope(deps, { tenantId: job.tenantId, role: 'system' }, async (ctx) => {
    const { tx } = ctx;
    const request = await tx.privacyRequest.findFirst({ where: { id: job.requestId, kind: 'export', status: 'requested' } });
    if (!request) return false;
    const tenant = await scopeTenant(ctx);
    const contactId = request.wholeAccount ? null : request.requestedByContactId;
    const contents = await exportContents(ctx, { customerId: request.customerId, contactId });
    const customer = await tx.customer.findFirstOrThrow({ where: { id: request.customerId }, select: { locale: true, email: true } });
    const contact = request.requestedByContactId ? await tx.portalAccount.findFirst({ where: { id: request.requestedByContactId }, select: { email: true, locale: true } }) : null;
    const staff = request.requestedByStaffId ? await tx.staffUser.findFirst({ where: { id: request.requestedByStaffId }, select: { email: true, locale: true } }) : null;
    const now = ctx.now();
    const language = emailLanguage(contact?.locale ?? customer.locale, tenant.locale);
    const kinds = EXPORT_KINDS.filter((kind) => contents.records[kind] !== undefined);
    const entries: Record<string, Uint8Array> = { 'README.txt': strToU8(exportReadme(language, tenant.name, now, kinds)) };
    for (const kind of kinds) {
      const rows = contents.records[kind] ?? [];
      entries[`${kind}.json`] = strToU8(JSON.stringify(rows, null, 2));
      entries[`${kind}.csv`] = strToU8(toCsv(rows));
    }
    for (const file of contents.files) {
      const bytes = await readStoredBytes(deps.storage, file.storageKey);
      if (bytes) entries[file.path] = bytes;
    }
    const zip = zipSync(entries, { level: 6, mtime: now });
    const storageKey = exportStorageKey(job.tenantId, request.id);
    await deps.storage.put(storageKey, zip, 'application/zip');
    const expiresAt = new Date(now.getTime() + tenant.exportLinkDays * DAY_MS);
    await tx.privacyRequest.update({
      where: { tenantId_id: { tenantId: job.tenantId, id: request.id } },
      data: { status: 'ready', storageKey, byteSize: zip.length, expiresAt, completedAt: now },
    });
    const to = staff
      ? { email: staff.email, locale: staff.locale, customerId: null, staff: true, forCustomerId: request.customerId }
      : { email: contact?.email ?? customer.email, locale: contact?.locale ?? customer.locale, customerId: request.customerId, staff: false, forCustomerId: request.customerId };
    await emailExportReady(ctx, tenant, to, expiresAt);
    await recordActivity(ctx, {
      tenantId: job.tenantId,
      actorType: 'system',
      actorId: null,
      customerId: request.customerId,
      subjectId: request.id,
      action: 'privacy.export_ready',
    });
    return true;
  });
}
