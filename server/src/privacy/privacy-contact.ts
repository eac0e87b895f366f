// Who the signed-in contact is, for the privacy rules: their id and whether they are their
// account's primary contact. The one place that knows how: until the contacts work gives the
// principal `contact.isPrimary`, a customer principal's accountId is the contact (a portal account).
import type { CustomerContext } from '../context/context.js';

export interface PrivacyContact {
  id: string;
  isPrimary: boolean;
  email: string;
  locale: string | null;
}

export async function privacyContact(ctx: CustomerContext): Promise<PrivacyContact> {
  const row = await ctx.tx.portalAccount.findFirst({
    where: { id: ctx.principal.accountId, customerId: ctx.principal.customerId },
    select: { id: true, isPrimary: true, email: true, locale: true },
  });
  // A session whose contact is gone ends at the next request; until then it is no primary.
  return row ?? { id: ctx.principal.accountId, isPrimary: false, email: '', locale: null };
}
