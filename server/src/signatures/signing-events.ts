// The audit trail of signing requests (signature_events): append-only, who did what, from where.
import type { RequestContext, ScopedContext } from '../context/context.js';
import type { ActorType, SignatureEventKind } from '../generated/prisma/enums.js';
import { asSystem, inOwnTransaction } from '../platform/scope.js';

const MAX_USER_AGENT = 300;

function actorOf(ctx: RequestContext): { actorType: ActorType; actorId: string | null } {
  const { principal } = ctx;
  if (principal.kind === 'customer') return { actorType: 'customer', actorId: principal.customerId };
  if (principal.kind === 'staff') return { actorType: 'staff', actorId: principal.staffUserId };
  return { actorType: 'system', actorId: null };
}

/**
 * Records one step in the caller's transaction. A customer has no right to write the trail itself:
 * their steps are written through the tenant's system scope (a savepoint), as themselves.
 */
export async function recordSigningEvent(ctx: ScopedContext, requestId: string, kind: SignatureEventKind): Promise<void> {
  const tenantId = ctx.rls?.tenantId;
  if (!tenantId) throw new Error('recordSigningEvent needs a tenant scope');
  const write = (scoped: ScopedContext) =>
    scoped.tx.signatureEvent.createMany({
      data: [{ tenantId, requestId, kind, ...actorOf(ctx), ip: ctx.client.ip, userAgent: ctx.client.userAgent?.slice(0, MAX_USER_AGENT) ?? null, at: ctx.now() }],
    });
  if (ctx.principal.kind === 'customer' && ctx.rls?.role === 'customer') await asSystem(ctx as ScopedContext & { principal: { tenantId: string } }, write);
  else await write(ctx);
}

/**
 * Records a step that stands whatever becomes of the request's answer (a wrong code: the answer is
 * an error, which rolls the request's transaction back), or that a query records (a view: a query's
 * fields share one transaction, whose rights must not change under them).
 */
export async function recordSigningEventApart(ctx: RequestContext & { principal: { tenantId: string } }, requestId: string, kind: SignatureEventKind): Promise<void> {
  await inOwnTransaction(ctx, { tenantId: ctx.principal.tenantId, role: 'system' }, (system) => recordSigningEvent({ ...system, principal: ctx.principal }, requestId, kind));
}
