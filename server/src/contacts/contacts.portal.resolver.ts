import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { CustomerProfile } from '../customers/customers.types.js';
import { Allow, contactMay, customer } from '../platform/door.js';
import { inviteMyContact, myContact, myContacts, removeMyContact, resendMyContactInvitation, updateMyContact } from './contacts.service.js';
import { InviteContactInput, PortalContact, UpdateContactInput } from './contacts.types.js';

// The account's contacts, for those who manage them (the contacts right; the primary has it).
@Resolver(() => PortalContact)
export class ContactPortalResolver {
  @Allow(contactMay('contacts'))
  @Query(() => [PortalContact], { description: "Your account's contacts, the primary first. FORBIDDEN (reason NO_CONTACT_RIGHT) without the contacts right." })
  contacts(@Ctx() ctx: CustomerContext): Promise<PortalContact[]> {
    return myContacts(ctx);
  }

  @Allow(contactMay('contacts'))
  @Mutation(() => PortalContact, {
    description:
      'Invites a colleague to the account with these rights (an invitation email in their language). CONFLICT (reason EMAIL_TAKEN); BAD_USER_INPUT (reason RIGHTS_CONFLICT for both documents rights, SITE_NOT_FOUND for a site not of the account).',
  })
  inviteContact(@Ctx() ctx: CustomerContext, @Arg('input', () => InviteContactInput) input: InviteContactInput): Promise<PortalContact> {
    return inviteMyContact(ctx, input);
  }

  @Allow(contactMay('contacts'))
  @Mutation(() => PortalContact, {
    description: "Changes a contact's rights or sites. FORBIDDEN (reason OWN_RIGHTS) on yourself, (reason PRIMARY_CONTACT) on the primary contact, who has them all.",
  })
  updateContact(@Ctx() ctx: CustomerContext, @Arg('input', () => UpdateContactInput) input: UpdateContactInput): Promise<PortalContact> {
    return updateMyContact(ctx, input);
  }

  @Allow(contactMay('contacts'))
  @Mutation(() => ID, { description: 'Removes a contact: their sign-in ends at once. FORBIDDEN (reason PRIMARY_CONTACT, OWN_RIGHTS) for the primary contact or yourself.' })
  removeContact(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<string> {
    return removeMyContact(ctx, id);
  }

  @Allow(contactMay('contacts'))
  @Mutation(() => PortalContact, { description: 'Emails a new invitation (earlier links stop working). CONFLICT (reason ACCOUNT_ACTIVE) once accepted.' })
  resendContactInvitation(@Ctx() ctx: CustomerContext, @Arg('id', () => ID) id: string): Promise<PortalContact> {
    return resendMyContactInvitation(ctx, id);
  }
}

@Resolver(() => CustomerProfile)
export class ContactProfileResolver {
  @Allow(customer)
  @FieldResolver(() => PortalContact, { description: 'You, the contact signed in for the account: your rights say what the portal shows you.' })
  contact(@Ctx() ctx: CustomerContext): Promise<PortalContact> {
    return myContact(ctx);
  }
}
