// What customers call about their service agreements: list them, and turn autopay on or off.
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, contactMay, customer } from '../platform/door.js';
import { ServiceAgreement } from './agreements.types.js';
import { customerServiceAgreements, setAutopay } from '../payments/autopay.service.js';

@Resolver(() => ServiceAgreement)
export class AgreementPortalResolver {
  @Allow(customer, { feature: 'invoices' })
  @Query(() => [ServiceAgreement], { description: "The signed-in customer's running service agreements, with their autopay." })
  serviceAgreements(@Ctx() ctx: CustomerContext): Promise<ServiceAgreement[]> {
    return customerServiceAgreements(ctx);
  }

  @Allow(contactMay('invoices'), { feature: 'invoices' })
  @Mutation(() => ServiceAgreement, {
    description:
      'Turns autopay on with one of savedPaymentMethods (its invoices are then charged when issued), or off with null. NOT_FOUND for another customer’s agreement or method.',
  })
  setAutopay(
    @Ctx() ctx: CustomerContext,
    @Arg('agreementId', () => ID) agreementId: string,
    @Arg('paymentMethodId', () => ID, { nullable: true }) paymentMethodId: string | null,
  ): Promise<ServiceAgreement> {
    return setAutopay(ctx, agreementId, paymentMethodId);
  }
}
