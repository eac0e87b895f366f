// The audit log's CSV download: a signed link whose id carries the filter (so the link cannot be
// turned towards another one), served to the owner or an admin whose session asked for it.
import type { SignedInContext, StaffContext } from '../context/context.js';
import { Forbidden, NotFound } from '../errors/errors.js';
import type { FileReply } from '../platform/files.js';
import { signedLink } from '../platform/signed-links.js';
import { currentTenant } from '../platform/current-tenant.js';
import { auditCsv } from './audit-csv.js';
import { allAuditEntries, checkedFilter } from './audit-log.service.js';
import type { AuditLogFilter } from './audit-log.types.js';

const FILTER_FIELDS = ['personId', 'subjectType', 'subjectId', 'action', 'from', 'to', 'search'] as const;

function encodeFilter(filter: AuditLogFilter): string {
  const kept = Object.fromEntries(FILTER_FIELDS.filter((f) => filter[f]).map((f) => [f, filter[f]]));
  return Buffer.from(JSON.stringify(kept), 'utf8').toString('base64url');
}

function decodeFilter(id: string): AuditLogFilter {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
    if (!parsed || typeof parsed !== 'object') throw new Error('not an object');
    const filter: AuditLogFilter = {};
    for (const field of FILTER_FIELDS) {
      const value = (parsed as Record<string, unknown>)[field];
      if (typeof value === 'string') filter[field] = value;
    }
    return filter;
  } catch {
    throw new NotFound('This export');
  }
}

/** The download address of the log filtered so (valid 5 minutes, for this session only). */
export function auditLogCsvUrl(ctx: StaffContext, filter: AuditLogFilter | null | undefined): Promise<string> {
  return signedLink(ctx, 'audit-log-csv', encodeFilter(checkedFilter(filter)));
}

/** GET /files/v1/audit-log-csv/<filter>: owners and admins only, as the query that gave the link. */
export async function auditLogCsv(ctx: SignedInContext, id: string): Promise<FileReply> {
  if (ctx.principal.kind !== 'staff') throw new NotFound('This export');
  if (ctx.principal.role !== 'owner' && ctx.principal.role !== 'admin') throw new Forbidden();
  const staff = ctx as StaffContext;
  const filter = checkedFilter(decodeFilter(id));
  const tenant = await currentTenant(staff);
  const body = Buffer.from(await auditCsv(allAuditEntries(staff, filter), tenant.timeZone), 'utf8');
  const day = staff.now().toISOString().slice(0, 10);
  return { body, contentType: 'text/csv; charset=utf-8', fileName: `audit-log-${day}.csv`, disposition: 'attachment', sizeBytes: body.length };
}
