import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { staffScope, type RequestContext } from '../context/context.js';
import { getInvoice, listInvoices } from './invoices.service.js';
import { AdminInvoiceListArgs, Invoice, InvoiceConnection } from './invoices.types.js';

@Resolver(() => Invoice)
export class InvoiceAdminResolver {
  @Query(() => InvoiceConnection, { description: "The business's invoices, newest first, optionally of one customer." })
  invoices(@Ctx() ctx: RequestContext, @Args(() => AdminInvoiceListArgs) args: AdminInvoiceListArgs): Promise<InvoiceConnection> {
    const { tx } = staffScope(ctx);
    return listInvoices(ctx, tx, args, args.customerId ? { customerId: args.customerId } : {});
  }

  @Query(() => Invoice)
  invoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Invoice> {
    return getInvoice(ctx, staffScope(ctx).tx, id);
  }
}
