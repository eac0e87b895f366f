// Invoice fields both endpoints share, each loaded through a per-request DataLoader.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { signedLink } from '../platform/signed-links.js';
import { agreementName, invoiceLines } from './invoices.loaders.js';
import { Invoice, InvoiceLine } from './invoices.types.js';

@Resolver(() => Invoice)
export class InvoiceFieldsResolver {
  @FieldResolver(() => [InvoiceLine])
  lines(@Ctx() ctx: RequestContext, @Root() invoice: Invoice): Promise<InvoiceLine[]> {
    return invoiceLines(ctx, invoice.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The service agreement that generated this invoice, e.g. "Annual furnace plan"; null for a one-off invoice.',
  })
  recurringLabel(@Ctx() ctx: RequestContext, @Root() invoice: Invoice): Promise<string | null> | null {
    return invoice.agreementId ? agreementName(ctx, invoice.agreementId) : null;
  }

  @FieldResolver(() => String, { description: 'A link to the invoice as a PDF, valid for 5 minutes and only for the session that asked for it.' })
  pdfUrl(@Ctx() ctx: RequestContext, @Root() invoice: Invoice): Promise<string> {
    return signedLink(ctx, 'invoice-pdf', invoice.id);
  }
}
