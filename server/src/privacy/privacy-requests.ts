// Privacy requests as the API shows them, and the shared steps of asking for an export.
import type { ScopedContext } from '../context/context.js';
import type { PrivacyRequest as PrivacyRequestRow } from '../generated/prisma/client.js';
import { Conflict } from '../errors/errors.js';
import type { PrivacyRequest } from './privacy.types.js';

export const EXPORT_PENDING = 'EXPORT_PENDING';
export const ERASURE_PENDING = 'ERASURE_PENDING';
/** Still to be built (or being built): one at a time per requester. */
export const PENDING_STATUSES = ['requested', 'processing'] as const;

export function toPrivacyRequest(row: PrivacyRequestRow): PrivacyRequest {
  return {
    id: row.id,
    kind: row.kind,
    wholeAccount: row.wholeAccount,
    status: row.status,
    reason: row.reason,
    dueAt: row.dueAt,
    expiresAt: row.expiresAt,
    byteSize: row.byteSize,
    completedAt: row.completedAt,
    decidedAt: row.decidedAt,
    createdAt: row.createdAt,
    byStaff: row.requestedByStaffId !== null,
    customerId: row.customerId,
    storageKey: row.storageKey,
    requestedByContactId: row.requestedByContactId,
  };
}

/** Creates an export request and queues its building, refusing a second one still pending for the same requester. */
export async function createExportRequest(
  ctx: ScopedContext,
  input: { tenantId: string; customerId: string; wholeAccount: boolean; requestedByContactId: string | null; requestedByStaffId: string | null },
): Promise<PrivacyRequestRow> {
  const { tx } = ctx;
  const pending = await tx.privacyRequest.findFirst({
    where: {
      customerId: input.customerId,
      kind: 'export',
      status: { in: [...PENDING_STATUSES] },
      ...(input.requestedByContactId ? { requestedByContactId: input.requestedByContactId } : { requestedByStaffId: input.requestedByStaffId }),
    },
    select: { id: true },
  });
  if (pending) throw new Conflict('An export you asked for is still being prepared.', EXPORT_PENDING);
  const row = await tx.privacyRequest.create({ data: { ...input, kind: 'export', status: 'requested', createdAt: ctx.now() } });
  await tx.$executeRaw`SELECT queue_privacy_export(${row.id}::uuid)`;
  return row;
}
