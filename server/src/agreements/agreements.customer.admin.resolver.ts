// Whose agreement it is, for the agreements list.
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { customerNameById } from '../customers/customers.loaders.js';
import { ServiceAgreement } from './agreements.types.js';

@Resolver(() => ServiceAgreement)
export class AgreementCustomerAdminResolver {
  @FieldResolver(() => String, { description: "The customer's name, loaded once per request for the whole list." })
  customerName(@Ctx() ctx: StaffContext, @Root() agreement: ServiceAgreement): Promise<string> {
    return customerNameById(ctx, agreement.customerId);
  }
}
