// The address a reply to a thread's email goes to, so that answering the away email lands in the
// thread (inbound email, server/src/messaging/email/). Until inbound email is set up there is none:
// the email then has no Reply-To and a reply goes to the sender address.
//
// `side` is whom the email is written to, and so who would reply: 'customer' for the thread's
// customer, 'staff' for a member of the team (away-email.ts calls it once per email it sends,
// in the worker's system scope of the thread's tenant).
import type { ScopedContext } from '../context/context.js';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature inbound email fills in
export function replyAddressFor(ctx: ScopedContext, threadId: string, side: 'customer' | 'staff'): string | null {
  return null;
}
