import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import type { GraphQLResolveInfo } from 'graphql';
import { asks } from '../platform/page-read.js';
import { Allow, managers, office } from '../platform/door.js';
import { businessInvoice } from './invoices.service.js';
import { listBusinessInvoices } from './invoice-list.js';
import { createInvoice, issueInvoice, recordOfflinePayment, reopenInvoice, resendInvoice, updateDraftInvoice, voidInvoice } from './invoices.admin.service.js';
import { AdminInvoiceListArgs, Invoice, InvoiceConnection } from './invoices.types.js';
import { CreateInvoiceInput, InvoiceDraftInput, OfflinePaymentInput } from './invoices.admin.types.js';
import { readRootField } from '../platform/operation-read.js';
import { businessInvoicesPart } from './invoices.admin.page.js';

@Resolver(() => Invoice)
export class InvoiceAdminResolver {
  @Allow(office)
  @Query(() => InvoiceConnection, { description: "The business's invoices, newest first, optionally of one customer." })
  invoices(@Ctx() ctx: StaffContext, @Args(() => AdminInvoiceListArgs) args: AdminInvoiceListArgs, @Info() info: GraphQLResolveInfo): Promise<InvoiceConnection> {
    const preload = { lines: asks(info, 'nodes.lines'), recurringLabel: asks(info, 'nodes.recurringLabel') };
    return readRootField(ctx, info, businessInvoicesPart, args, () => listBusinessInvoices(ctx, args, preload));
  }

  @Allow(office)
  @Query(() => Invoice)
  invoice(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<Invoice> {
    return businessInvoice(ctx, id);
  }

  @Allow(managers)
  @Mutation(() => Invoice, { description: 'A draft with its lines (totals and tax computed here), or issued at once with `issue: true`.' })
  createInvoice(@Ctx() ctx: StaffContext, @Arg('input', () => CreateInvoiceInput) input: CreateInvoiceInput): Promise<Invoice> {
    return createInvoice(ctx, input);
  }

  @Allow(managers)
  @Mutation(() => Invoice, { description: "Replaces a draft's lines, due date and notes. CONFLICT once issued." })
  updateDraftInvoice(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('input', () => InvoiceDraftInput) input: InvoiceDraftInput): Promise<Invoice> {
    return updateDraftInvoice(ctx, id, input);
  }

  @Allow(managers)
  @Mutation(() => Invoice, { description: "Issues a draft today with the next number of the business's format; due in 14 days unless a due date was set." })
  issueInvoice(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<Invoice> {
    return issueInvoice(ctx, id);
  }

  @Allow(managers)
  @Mutation(() => Invoice, {
    description: 'Voids a draft, an unpaid invoice, or a paid one whose money was all given back. CONFLICT when a payment is kept (refund first) or a credit note was issued.',
  })
  voidInvoice(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<Invoice> {
    return voidInvoice(ctx, id, reason);
  }

  @Allow(managers)
  @Mutation(() => Invoice, { description: 'Records cash, a cheque or a bank transfer, at most the amount due; the invoice is paid when nothing remains due.' })
  recordOfflinePayment(@Ctx() ctx: StaffContext, @Arg('input', () => OfflinePaymentInput) input: OfflinePaymentInput): Promise<Invoice> {
    return recordOfflinePayment(ctx, input);
  }

  @Allow(managers)
  @Mutation(() => Invoice, {
    description: 'Makes a paid invoice that refunds left short due again by what was given back. CONFLICT when it is not paid or nothing was given back.',
  })
  reopenInvoice(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<Invoice> {
    return reopenInvoice(ctx, id);
  }

  @Allow(managers)
  @Mutation(() => Invoice, { description: 'Emails an issued invoice to the customer again, with the link to it in the portal.' })
  resendInvoice(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<Invoice> {
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
