import DataLoader from 'dataloader';
import { customerScope, loader, type RequestContext } from '../context/context.js';
import type { Customer } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';

const customersById = (ctx: RequestContext) =>
  new DataLoader<string, Customer | null>(async (ids) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.customer.findMany({ where: { id: { in: [...ids] } } });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });

/** The signed-in customer's own row, read once per request. */
export async function currentCustomer(ctx: RequestContext): Promise<Customer> {
  const { principal } = customerScope(ctx);
  const row = await loader(ctx, customersById).load(principal.customerId);
  if (!row) throw new Unauthenticated();
  return row;
}

/** After the request changed the row, the next read must see the change. */
export function forgetCurrentCustomer(ctx: RequestContext): void {
  const { principal } = customerScope(ctx);
  loader(ctx, customersById).clear(principal.customerId);
}
