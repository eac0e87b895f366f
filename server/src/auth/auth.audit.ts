// Activity-log rows for security-relevant events: who, from where, did what to which account.
import type { RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import type { ActorType } from '../generated/prisma/enums.js';

export type AuthAction =
  | 'auth.registered'
  | 'auth.login'
  | 'auth.login_magic_link'
  | 'auth.login_failed'
  | 'auth.logout'
  | 'auth.session_revoked'
  | 'auth.magic_link_requested'
  | 'auth.password_reset_requested'
  | 'auth.password_reset'
  | 'auth.password_changed'
  | 'auth.invitation_accepted'
  | 'auth.customer_invited'
  | 'auth.customer_deactivated'
  | 'auth.customer_reactivated'
  | 'auth.staff_invited'
  | 'auth.staff_deactivated'
  | 'auth.staff_reactivated';

export interface AuthEvent {
  tenantId: string;
  actorType: ActorType;
  /** The customer or staff user acting; null when a sign-in names no known account. */
  actorId: string | null;
  /** The customer the event concerns, so it shows in their history. */
  customerId?: string | null;
  /** What was acted upon: a staff user invited or deactivated, a session revoked. */
  subjectId?: string | null;
  action: AuthAction;
}

export async function recordActivity(ctx: RequestContext, tx: Tx, event: AuthEvent): Promise<void> {
  // createMany, not create: role 'auth' may insert activity_logs but not read them back.
  await tx.activityLog.createMany({
    data: [
      {
        tenantId: event.tenantId,
        actorType: event.actorType,
        actorId: event.actorId,
        customerId: event.customerId ?? null,
        subjectId: event.subjectId ?? null,
        action: event.action,
        ip: ctx.client.ip,
        userAgent: ctx.client.userAgent,
        createdAt: ctx.now(),
      },
    ],
  });
}
