// Autopay of a service agreement, on both endpoints.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { ServiceAgreement } from './agreements.types.js';
import { Autopay } from '../payments/payments-ii.types.js';
import { agreementAutopay } from '../payments/payments-ii.loaders.js';

@Resolver(() => ServiceAgreement)
export class AgreementAutopayFieldsResolver {
  @FieldResolver(() => Autopay, { nullable: true, description: 'The saved payment method charged when an invoice is issued; null when autopay is off.' })
  autopay(@Ctx() ctx: RequestContext, @Root() agreement: ServiceAgreement): Promise<Autopay | null> {
    return agreementAutopay(ctx, agreement.id);
  }
}
