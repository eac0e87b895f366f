// Reading the dev outbox: the stored emails of the signed-in staff member's business.
import type { StaffContext } from '../context/context.js';
import { pageQuery, toConnection, type Connection, type PageArgs } from '../common/pagination.js';
import { Forbidden } from '../errors/errors.js';
import type { OutboxEmail } from './outbox.types.js';

/**
 * Only without SMTP: then the outbox is where a demo reads its magic links and invitations. With
 * a real mail server those emails hold live single-use sign-in and reset links of customers and
 * staff; letting an owner read them would let them sign in as anyone, so the list is refused.
 */
export async function devOutbox(ctx: StaffContext, args: PageArgs): Promise<Connection<OutboxEmail>> {
  const { tx, principal } = ctx;
  if (ctx.deps.config.smtpUrl) throw new Forbidden('The outbox can only be read when no SMTP server is configured.', 'OUTBOX_WITH_SMTP');
  const rows = await tx.outboxEmail.findMany({
    where: { tenantId: principal.tenantId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...pageQuery(principal.tenantId, args),
  });
  return toConnection(rows, args, (row) => ({
    id: row.id,
    to: row.toAddress,
    subject: row.subject,
    text: row.text,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  }));
}
