// The address a reply to a thread's email goes to, so that answering the away email lands in the
// thread (inbound email, server/src/messaging/email/). Until inbound email is set up there is none:
// the email then has no Reply-To and a reply goes to the sender address.
import type { ScopedContext } from '../context/context.js';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature inbound email fills in
export function replyAddressFor(ctx: ScopedContext, threadId: string, side: 'customer' | 'staff'): string | null {
  return null;
}
