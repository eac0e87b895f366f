// The address documents are addressed to. Customers have no separate billing address: their
// first service address (the oldest site) stands for it. Read in the caller's own scope.
import type { ScopedContext } from '../context/context.js';
import type { PostalAddress } from '../common/postal-address.js';

export async function billingAddress(ctx: ScopedContext, customerId: string): Promise<PostalAddress | null> {
  return ctx.tx.site.findFirst({
    where: { customerId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { addressLine1: true, addressLine2: true, city: true, postalCode: true, region: true, country: true },
  });
}
