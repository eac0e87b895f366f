import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, managers, office } from '../platform/door.js';
import { listPaymentsOfCustomer, refundPayment } from './payments.service.js';
import { CustomerPaymentsArgs, Payment, PaymentConnection, RefundPaymentInput } from './payments.types.js';
import { readRootField } from '../platform/operation-read.js';
import { customerPaymentsPart } from './customer-payments.page.js';

@Resolver(() => Payment)
export class PaymentAdminResolver {
  @Allow(office)
  @Query(() => PaymentConnection, { description: "One customer's payments, online and offline, newest first." })
  customerPayments(@Ctx() ctx: StaffContext, @Args(() => CustomerPaymentsArgs) args: CustomerPaymentsArgs, @Info() info: GraphQLResolveInfo): Promise<PaymentConnection> {
    return readRootField(ctx, info, customerPaymentsPart, args, () => listPaymentsOfCustomer(ctx, args));
  }

  @Allow(managers)
  @Mutation(() => Payment, {
    description:
      'Refunds all (amountMinor omitted) or part of an online payment through its provider. An invoice paid in full stays paid, shown as refunded (reopenInvoice makes it due again); an open one is owed that much again.',
  })
  refundPayment(@Ctx() ctx: StaffContext, @Arg('input', () => RefundPaymentInput) input: RefundPaymentInput): Promise<Payment> {
    return refundPayment(ctx, input);
  }
}
