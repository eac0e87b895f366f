import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { customerScope, type RequestContext } from '../context/context.js';
import { getInvoice, listInvoices } from './invoices.service.js';
import { invoiceLines } from './invoices.loaders.js';
import { Invoice, InvoiceConnection, InvoiceLine, InvoiceListArgs } from './invoices.types.js';

@Resolver(() => Invoice)
export class InvoicePortalResolver {
  @Query(() => InvoiceConnection, { description: "The signed-in customer's invoices, newest first." })
  invoices(@Ctx() ctx: RequestContext, @Args(() => InvoiceListArgs) args: InvoiceListArgs): Promise<InvoiceConnection> {
    const { tx, principal } = customerScope(ctx);
    return listInvoices(ctx, tx, args, { customerId: principal.customerId });
  }

  @Query(() => Invoice, { description: 'One of the signed-in customer\'s invoices; NOT_FOUND for any other id.' })
  invoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Invoice> {
    const { tx, principal } = customerScope(ctx);
    return getInvoice(ctx, tx, id, { customerId: principal.customerId });
  }

  @FieldResolver(() => [InvoiceLine])
  lines(@Ctx() ctx: RequestContext, @Root() invoice: Invoice): Promise<InvoiceLine[]> {
    return invoiceLines(ctx, invoice.id);
  }
}
