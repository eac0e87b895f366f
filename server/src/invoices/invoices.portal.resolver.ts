import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import type { GraphQLResolveInfo } from 'graphql';
import { asks } from '../platform/page-read.js';
import { Allow, contactMay } from '../platform/door.js';
import { listCustomerInvoices } from './invoice-list.js';
import { invoicePagePreload, viewCustomerInvoice } from './invoice-page.js';
import { Invoice, InvoiceConnection, InvoiceListArgs } from './invoices.types.js';

@Resolver(() => Invoice)
export class InvoicePortalResolver {
  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Query(() => InvoiceConnection, { description: "The signed-in customer's invoices, newest first (never drafts)." })
  invoices(@Ctx() ctx: CustomerContext, @Args(() => InvoiceListArgs) args: InvoiceListArgs, @Info() info: GraphQLResolveInfo): Promise<InvoiceConnection> {
    return listCustomerInvoices(ctx, args, { lines: asks(info, 'nodes.lines'), recurringLabel: asks(info, 'nodes.recurringLabel') });
  }

  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Query(() => Invoice, { description: "One of the signed-in customer's invoices; NOT_FOUND for any other id. Logged as viewed." })
  invoice(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string, @Info() info: GraphQLResolveInfo): Promise<Invoice> {
    return viewCustomerInvoice(ctx, id, invoicePagePreload(info));
  }
}
