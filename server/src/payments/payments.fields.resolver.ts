// Payment fields on invoices (both endpoints) and the receipt link of a payment.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { signedLink } from '../platform/signed-links.js';
import { currentTenant } from '../platform/current-tenant.js';
import { Invoice } from '../invoices/invoices.types.js';
import { invoicePayments } from './payments.loaders.js';
import { Payment, PaymentStatus } from './payments.types.js';

const RECEIPTED = new Set<PaymentStatus>([PaymentStatus.succeeded, PaymentStatus.partially_refunded, PaymentStatus.refunded]);

@Resolver(() => Invoice)
export class InvoicePaymentFieldsResolver {
  @FieldResolver(() => [Payment], { description: 'Payments of this invoice, newest first, whatever their status.' })
  payments(@Ctx() ctx: RequestContext, @Root() invoice: Invoice): Promise<Payment[]> {
    return invoicePayments(ctx, invoice.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the invoice can be paid online now (issued, something due).' })
  canPay(@Root() invoice: Invoice): boolean {
    // Only an issued invoice has a balance due (invoice-money.ts).
    return invoice.amountDueMinor > 0;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the business accepts paying part of the amount due.' })
  async allowPartialPayment(@Ctx() ctx: RequestContext): Promise<boolean> {
    return (await currentTenant(ctx)).allowPartialPayments;
  }
}

@Resolver(() => Payment)
export class PaymentFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'A link to the receipt PDF, valid for 5 minutes and only for this session; only once the payment succeeded.' })
  receiptUrl(@Ctx() ctx: RequestContext, @Root() payment: Payment): Promise<string> | null {
    return RECEIPTED.has(payment.status) ? signedLink(ctx, 'receipt', payment.id) : null;
  }
}
