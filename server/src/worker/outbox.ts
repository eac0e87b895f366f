// Delivers one stored email: queued by the outbox_emails trigger, retried by the queue with
// exponential backoff when SMTP fails; each attempt and the last failure are recorded on the row.
import { inTenantScope } from '../platform/scope.js';
import type { WorkerDeps } from './context.js';

export interface OutboxPayload {
  tenantId: string;
  id: string;
}

export function isOutboxPayload(value: unknown): value is OutboxPayload {
  const p = value as Partial<OutboxPayload> | null;
  return typeof p?.tenantId === 'string' && typeof p.id === 'string';
}

/**
 * Returns whether an email was delivered now (false: already sent, or gone). Throws to be
 * retried. Reading, recording a failure and recording the delivery are three transactions: none
 * is held open while the SMTP server answers.
 */
export async function deliverOutboxEmail(deps: WorkerDeps, payload: OutboxPayload): Promise<boolean> {
  const scope = { tenantId: payload.tenantId, role: 'system' as const };
  const email = await inTenantScope(deps, scope, ({ tx }) => tx.outboxEmail.findFirst({ where: { id: payload.id } }));
  if (!email || email.sentAt) return false;
  try {
    await deps.mailer.deliver({ id: email.id, to: email.toAddress, subject: email.subject, text: email.text, replyTo: email.replyTo });
  } catch (error) {
    // Kept short and free of credentials: SMTP errors can echo the server's greeting, not the URL.
    const reason = error instanceof Error ? error.message.slice(0, 500) : 'delivery failed';
    await inTenantScope(deps, scope, ({ tx }) => tx.outboxEmail.updateMany({ where: { id: email.id }, data: { attempts: { increment: 1 }, lastError: reason } }));
    deps.log.warn({ outbox: email.id, attempt: email.attempts + 1, reason }, 'email delivery failed; the queue retries it');
    throw error;
  }
  await inTenantScope(deps, scope, ({ tx }) => tx.outboxEmail.updateMany({ where: { id: email.id }, data: { sentAt: deps.now(), attempts: { increment: 1 }, lastError: null } }));
  return true;
}
