import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Customer } from '../customers/customers.types.js';
import { Allow, office } from '../platform/door.js';
import {
  contactsOfCustomer,
  inviteCustomerContact,
  moveCustomerContact,
  notificationChoicesOf,
  removeCustomerContact,
  resendCustomerContactInvitation,
  setPrimaryContact,
  updateCustomerContact,
} from './contacts.service.js';
import { AdminContact, ContactNotificationChoice, InviteContactInput, UpdateContactInput } from './contacts.types.js';

// The office manages a customer account's contacts (owner, admin, dispatcher: as customers).
@Resolver(() => AdminContact)
export class ContactAdminResolver {
  @Allow(office)
  @Mutation(() => AdminContact, {
    description: 'Invites a contact to the customer account with these rights. CONFLICT (reason EMAIL_TAKEN); BAD_USER_INPUT (reason RIGHTS_CONFLICT, SITE_NOT_FOUND).',
  })
  inviteCustomerContact(
    @Ctx() ctx: StaffContext,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('input', () => InviteContactInput) input: InviteContactInput,
  ): Promise<AdminContact> {
    return inviteCustomerContact(ctx, customerId, input);
  }

  @Allow(office)
  @Mutation(() => AdminContact, { description: "Changes a contact's rights or sites. FORBIDDEN (reason PRIMARY_CONTACT) for the primary contact, who has them all." })
  updateCustomerContact(@Ctx() ctx: StaffContext, @Arg('input', () => UpdateContactInput) input: UpdateContactInput): Promise<AdminContact> {
    return updateCustomerContact(ctx, input);
  }

  @Allow(office)
  @Mutation(() => ID, { description: 'Removes a contact; their sign-in ends at once. FORBIDDEN (reason PRIMARY_CONTACT) for the primary contact.' })
  removeCustomerContact(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<string> {
    return removeCustomerContact(ctx, id);
  }

  @Allow(office)
  @Mutation(() => AdminContact, { description: 'Emails the contact a new invitation. CONFLICT (reason ACCOUNT_ACTIVE) once accepted.' })
  resendCustomerContactInvitation(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminContact> {
    return resendCustomerContactInvitation(ctx, id);
  }

  @Allow(office)
  @Mutation(() => AdminContact, { description: "Ends this contact's sign-in (sessions and links) until reactivated; the account's other contacts keep theirs." })
  deactivateCustomerContact(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminContact> {
    return moveCustomerContact(ctx, id, 'deactivate');
  }

  @Allow(office)
  @Mutation(() => AdminContact, { description: 'Lets a deactivated contact sign in again. CONFLICT (reason INVITATION_PENDING) for one who never accepted their invitation.' })
  reactivateCustomerContact(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminContact> {
    return moveCustomerContact(ctx, id, 'reactivate');
  }

  @Allow(office)
  @Mutation(() => AdminContact, { description: "Makes this contact the account's primary contact (every right, every site)." })
  setPrimaryContact(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string): Promise<AdminContact> {
    return setPrimaryContact(ctx, id);
  }

  // The contact's own consent: the office reads it (why an email did not come), never changes it.
  @Allow(office)
  @FieldResolver(() => [ContactNotificationChoice], {
    description:
      'How each kind of notification their rights bring them reaches them (their choice, else the default), in the order of their portal settings, where only they can change it.',
  })
  notificationChoices(@Root() contact: AdminContact): ContactNotificationChoice[] {
    return notificationChoicesOf(contact);
  }
}

@Resolver(() => Customer)
export class CustomerContactsAdminResolver {
  @Allow(office)
  @FieldResolver(() => [AdminContact], { description: 'The people who sign in for this account, the primary first.' })
  contacts(@Ctx() ctx: StaffContext, @Root() customer: Customer): Promise<AdminContact[]> {
    return contactsOfCustomer(ctx, customer.id);
  }
}
