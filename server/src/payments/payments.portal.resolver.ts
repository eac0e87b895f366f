import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, contactMay } from '../platform/door.js';
import {
  completeSandboxAuthentication,
  confirmSandboxPayment,
  customerPayment,
  listCustomerPayments,
  refreshPayment,
  removePaymentMethod,
  savedPaymentMethods,
  startInvoicePayment,
} from './payments.service.js';
import { ConfirmSandboxPaymentInput, Payment, PaymentConnection, PaymentListArgs, PaymentSession, SavedPaymentMethod, StartInvoicePaymentInput } from './payments.types.js';

@Resolver(() => Payment)
export class PaymentPortalResolver {
  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Query(() => PaymentConnection, { description: "The signed-in customer's payments, newest first, optionally of one invoice." })
  payments(@Ctx() ctx: CustomerContext, @Args(() => PaymentListArgs) args: PaymentListArgs): Promise<PaymentConnection> {
    return listCustomerPayments(ctx, args);
  }

  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Query(() => Payment, { description: "One of the signed-in customer's payments; NOT_FOUND for any other id." })
  payment(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<Payment> {
    return customerPayment(ctx, id);
  }

  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Query(() => [SavedPaymentMethod], { description: 'Payment methods the customer chose to keep.' })
  savedPaymentMethods(@Ctx() ctx: CustomerContext): Promise<SavedPaymentMethod[]> {
    return savedPaymentMethods(ctx);
  }

  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Mutation(() => PaymentSession, {
    description: 'Starts paying an invoice (the amount due, or part of it when the business allows). CONFLICT when paid or void; calling again hands back the open payment.',
  })
  startInvoicePayment(@Ctx() ctx: CustomerContext, @Arg('input', () => StartInvoicePaymentInput) input: StartInvoicePaymentInput): Promise<PaymentSession> {
    return startInvoicePayment(ctx, input);
  }

  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Mutation(() => Payment, { description: 'Sandbox only: pays with a test card. A decline answers status failed with failureReason; 4000 0025 0000 3155 answers requires_action.' })
  confirmSandboxPayment(@Ctx() ctx: CustomerContext, @Arg('input', () => ConfirmSandboxPaymentInput) input: ConfirmSandboxPaymentInput): Promise<Payment> {
    return confirmSandboxPayment(ctx, input.clientSecret, input);
  }

  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Mutation(() => Payment, { description: "Sandbox only: the customer's answer to the 3-D Secure challenge." })
  completeSandboxAuthentication(
    @Ctx() ctx: CustomerContext,
    @Arg('clientSecret', () => String) clientSecret: string,
    @Arg('approve', () => Boolean) approve: boolean,
  ): Promise<Payment> {
    return completeSandboxAuthentication(ctx, clientSecret, approve);
  }

  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Mutation(() => Payment, { description: 'Asks the payment provider how this payment stands (after Stripe.js confirmed it in the browser).' })
  refreshPayment(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<Payment> {
    return refreshPayment(ctx, id);
  }

  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Mutation(() => Boolean, { description: 'Forgets a saved payment method; NOT_FOUND when it is not the customer’s.' })
  removePaymentMethod(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return removePaymentMethod(ctx, id);
  }
}
