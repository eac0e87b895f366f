// How long the business keeps its audit log (issue 22): 30 days to 10 years, 3 years by default.
// Past it the daily audit-retention task removes entries (app_prune_audit_log, the only way an entry
// is ever removed); the database holds the same bounds (tenants_audit_retention_days).
import { BadInput } from '../errors/errors.js';

export const AUDIT_RETENTION_DAYS = { min: 30, max: 3650 } as const;

/** The tenant update for a settings input's auditRetentionDays: nothing when left out. */
export function auditRetentionUpdate(input: { auditRetentionDays?: number | null }): { auditRetentionDays?: number } {
  const value = input.auditRetentionDays;
  if (value == null) return {};
  if (!Number.isInteger(value) || value < AUDIT_RETENTION_DAYS.min || value > AUDIT_RETENTION_DAYS.max) {
    throw new BadInput('auditRetentionDays', `Choose between ${AUDIT_RETENTION_DAYS.min} and ${AUDIT_RETENTION_DAYS.max} days.`, 'OUT_OF_RANGE');
  }
  return { auditRetentionDays: value };
}
