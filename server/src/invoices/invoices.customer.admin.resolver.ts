// Whose invoice it is, for staff lists (the portal never needs it: a customer sees only their own).
import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { customerNameById } from '../customers/customers.loaders.js';
import { Invoice } from './invoices.types.js';

@Resolver(() => Invoice)
export class InvoiceCustomerAdminResolver {
  @FieldResolver(() => ID)
  customerId(@Root() invoice: Invoice): string {
    return invoice.customerId;
  }

  @FieldResolver(() => String, { description: "The customer's name, loaded once per request for the whole list." })
  customerName(@Ctx() ctx: StaffContext, @Root() invoice: Invoice): Promise<string> {
    return customerNameById(ctx, invoice.customerId);
  }
}
