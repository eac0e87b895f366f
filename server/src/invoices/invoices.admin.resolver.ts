import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { staffScope, type RequestContext } from '../context/context.js';
import { getInvoice, listInvoices } from './invoices.service.js';
import { createInvoice, issueInvoice, recordOfflinePayment, reopenInvoice, resendInvoice, updateDraftInvoice, voidInvoice } from './invoices.admin.service.js';
import { AdminInvoiceListArgs, Invoice, InvoiceConnection } from './invoices.types.js';
import { CreateInvoiceInput, InvoiceDraftInput, OfflinePaymentInput } from './invoices.admin.types.js';

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

  @Mutation(() => Invoice, { description: 'A draft with its lines (totals and tax computed here), or issued at once with `issue: true`.' })
  createInvoice(@Ctx() ctx: RequestContext, @Arg('input', () => CreateInvoiceInput) input: CreateInvoiceInput): Promise<Invoice> {
    return createInvoice(ctx, input);
  }

  @Mutation(() => Invoice, { description: "Replaces a draft's lines, due date and notes. CONFLICT once issued." })
  updateDraftInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => InvoiceDraftInput) input: InvoiceDraftInput): Promise<Invoice> {
    return updateDraftInvoice(ctx, id, input);
  }

  @Mutation(() => Invoice, { description: "Issues a draft today with the next number of the business's format; due in 14 days unless a due date was set." })
  issueInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Invoice> {
    return issueInvoice(ctx, id);
  }

  @Mutation(() => Invoice, { description: 'Voids a draft, an unpaid invoice, or a paid one whose money was all given back. CONFLICT when a payment is kept (refund first) or a credit note was issued.' })
  voidInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<Invoice> {
    return voidInvoice(ctx, id, reason);
  }

  @Mutation(() => Invoice, { description: 'Records cash, a cheque or a bank transfer, at most the amount due; the invoice is paid when nothing remains due.' })
  recordOfflinePayment(@Ctx() ctx: RequestContext, @Arg('input', () => OfflinePaymentInput) input: OfflinePaymentInput): Promise<Invoice> {
    return recordOfflinePayment(ctx, input);
  }

  @Mutation(() => Invoice, { description: 'Makes a paid invoice that refunds left short due again by what was given back. CONFLICT when it is not paid or nothing was given back.' })
  reopenInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Invoice> {
    return reopenInvoice(ctx, id);
  }

  @Mutation(() => Invoice, { description: 'Emails an issued invoice to the customer again, with the link to it in the portal.' })
  resendInvoice(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Invoice> {
    return resendInvoice(ctx, id);
  }

  @FieldResolver(() => String, { nullable: true })
  notes(@Root() invoice: Invoice): string | null {
    return invoice.notes;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was voided; staff only.' })
  voidReason(@Root() invoice: Invoice): string | null {
    return invoice.voidReason;
  }
}
