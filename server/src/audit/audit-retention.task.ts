// Daily: each business's audit entries (activity and document access) older than its
// auditRetentionDays go, through app_prune_audit_log (the owner's function: no application role may
// delete an entry itself). Only tenants with such entries are visited.
import type { WorkerDeps } from '../worker/context.js';
import { forEachTenant, tenantCondition, type TenantFilter } from '../worker/context.js';

export async function pruneAuditLogs(deps: WorkerDeps, filter: TenantFilter = {}): Promise<number> {
  const now = deps.now();
  const tenants = await deps.owner.$queryRaw<{ tenantId: string }[]>`
    SELECT t.id::text AS "tenantId" FROM tenants t
    WHERE (EXISTS (SELECT 1 FROM activity_logs l WHERE l.tenant_id = t.id AND l.created_at < ${now}::timestamptz - make_interval(days => t.audit_retention_days))
       OR EXISTS (SELECT 1 FROM document_access_events d WHERE d.tenant_id = t.id AND d.at < ${now}::timestamptz - make_interval(days => t.audit_retention_days)))
      ${tenantCondition('t.id', filter)}`;
  return forEachTenant(deps, tenants, async ({ tx }, rows) => {
    const tenantId = rows[0]?.tenantId;
    if (!tenantId) return 0;
    const [result] = await tx.$queryRaw<{ pruned: number }[]>`SELECT app_prune_audit_log(${tenantId}::uuid, ${now}::timestamptz) AS pruned`;
    return result?.pruned ?? 0;
  });
}
