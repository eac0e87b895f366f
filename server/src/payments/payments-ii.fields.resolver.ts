// Payments II fields on invoices (both endpoints): a bank payment on its way, autopay's state, the tip offer.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { Invoice } from '../invoices/invoices.types.js';
import { InvoiceAutopay, TipOptions } from './payments-ii.types.js';
import { invoiceAutopay, invoicePaymentProcessing } from './payments-ii.loaders.js';
import { tipOptionsOf } from './tips.service.js';

@Resolver(() => Invoice)
export class InvoicePaymentsIIFieldsResolver {
  @FieldResolver(() => Boolean, {
    description: 'A bank payment of this invoice is processing: not received yet, and no second payment can start until it settles.',
  })
  paymentProcessing(@Ctx() ctx: RequestContext, @Root() invoice: Invoice): Promise<boolean> {
    return invoicePaymentProcessing(ctx, invoice.id);
  }

  @FieldResolver(() => InvoiceAutopay, { nullable: true, description: 'Autopay of this invoice (issued from an agreement with autopay on); null otherwise.' })
  autopay(@Ctx() ctx: RequestContext, @Root() invoice: Invoice): Promise<InvoiceAutopay | null> {
    return invoiceAutopay(ctx, invoice.id);
  }

  @FieldResolver(() => TipOptions, {
    nullable: true,
    description: 'The tip offer when paying: null unless the business offers tips, the invoice bills a completed job and something is due.',
  })
  tipOptions(@Ctx() ctx: RequestContext, @Root() invoice: Invoice): Promise<TipOptions | null> {
    return tipOptionsOf(ctx, invoice.id);
  }
}
