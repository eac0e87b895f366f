// Reply by email, once the inbound listener has taken a message for a valid reply address: find the
// thread's tenant, check that the sender is the thread's participant on the address's side, cut the
// reply from the quoted history and post it through the messaging service, like a message written
// in the apps (bell, away email, live event). Every refusal is an EmailRefused, and nothing is
// stored: the scope's transaction rolls back with it.
import type { AppDeps, ScopedContext } from '../../context/context.js';
import { tenantIdOfThread } from '../../db/rls.js';
import { AppError } from '../../errors/errors.js';
import { inTenantScope } from '../../platform/scope.js';
import { appendEmailReply, type Author, type MessageRow } from '../messaging.service.js';
import { EmailRefused, type InboundEmail } from './inbound-email.js';
import { replyText } from './reply-text.js';

/** Posts the reply in its thread, in the thread's tenant as the business's back office (role system). */
export async function deliverEmailReply(deps: AppDeps, email: InboundEmail): Promise<MessageRow> {
  const tenantId = await tenantIdOfThread(deps.db, email.target.threadId);
  if (!tenantId) throw new EmailRefused('UNKNOWN_THREAD', 'the thread of this reply address is gone');
  return inTenantScope(deps, { tenantId, role: 'system' }, (ctx) => receiveEmailReply(ctx, email));
}

export async function receiveEmailReply(ctx: ScopedContext, email: InboundEmail): Promise<MessageRow> {
  const thread = await ctx.tx.messageThread.findFirst({ where: { id: email.target.threadId }, select: { id: true, customerId: true } });
  if (!thread) throw new EmailRefused('UNKNOWN_THREAD', 'the thread of this reply address is gone');
  const author = await authorOf(ctx, thread, email);
  const body = replyText(email.text);
  if (!body && email.attachments.length === 0) throw new EmailRefused('EMPTY_REPLY', 'nothing above the quoted message and no attachment');
  try {
    return await appendEmailReply(ctx, { threadId: thread.id, author, body, attachments: email.attachments });
  } catch (error) {
    throw refusalOf(error);
  }
}

/**
 * Who wrote, from the header From (exactly one address): on the customer's address, the thread's
 * customer by their email or their portal login's (unless deactivated); on the staff address, an
 * active member of staff of the thread's business, who becomes the author.
 */
async function authorOf(ctx: ScopedContext, thread: { customerId: string }, email: InboundEmail): Promise<Author> {
  const [sender, ...others] = email.from;
  if (!sender || others.length > 0) throw new EmailRefused('NOT_A_PARTICIPANT', `a reply has one sender, this one has ${email.from.length}`);
  if (email.target.side === 'customer') {
    const customer = await ctx.tx.customer.findFirst({
      where: { id: thread.customerId },
      select: { email: true, portalAccounts: { select: { email: true, status: true } } },
    });
    const addresses = [customer?.email, ...(customer?.portalAccounts ?? []).map((contact) => (contact.status === 'deactivated' ? null : contact.email))];
    if (!addresses.some((address) => address?.toLowerCase() === sender)) throw new EmailRefused('NOT_A_PARTICIPANT', `${sender} is not the thread's customer`);
    return { kind: 'customer', customerId: thread.customerId };
  }
  // Emails are citext: the comparison ignores case.
  const member = await ctx.tx.staffUser.findFirst({ where: { email: sender, status: 'active' }, select: { id: true } });
  if (!member) throw new EmailRefused('NOT_A_PARTICIPANT', `${sender} is not an active member of the business's staff`);
  return { kind: 'staff', staffUserId: member.id };
}

/** The messaging service's refusals as SMTP refusals; anything else stays a failure (451). */
function refusalOf(error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  switch (error.extensions.code) {
    // A technician answering about someone else's job, a member of staff no longer active.
    case 'FORBIDDEN':
      return new EmailRefused('NOT_A_PARTICIPANT', error.message);
    case 'NOT_FOUND':
      return new EmailRefused('UNKNOWN_THREAD', error.message);
    // No text and every attachment skipped (not an image or PDF, too large): REQUIRED.
    case 'BAD_USER_INPUT':
      return new EmailRefused(error.extensions.reason === 'REQUIRED' ? 'EMPTY_REPLY' : 'CONTENT_REFUSED', error.message);
    default:
      return error;
  }
}
