import DataLoader from 'dataloader';
import { loader, type RequestContext } from '../context/context.js';
import type { InvoiceLine as InvoiceLineRow } from '../generated/prisma/client.js';
import { Unauthenticated } from '../errors/errors.js';

const linesByInvoice = (ctx: RequestContext) =>
  new DataLoader<string, InvoiceLineRow[]>(async (invoiceIds) => {
    if (!ctx.tx) throw new Unauthenticated();
    const rows = await ctx.tx.invoiceLine.findMany({
      where: { invoiceId: { in: [...invoiceIds] } },
      orderBy: [{ invoiceId: 'asc' }, { position: 'asc' }],
    });
    return invoiceIds.map((id) => rows.filter((r) => r.invoiceId === id));
  });

export function invoiceLines(ctx: RequestContext, invoiceId: string): Promise<InvoiceLineRow[]> {
  return loader(ctx, linesByInvoice).load(invoiceId);
}
