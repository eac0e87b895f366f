import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import type { CustomerContext, RequestContext } from '../context/context.js';
import { Allow, anyone, customer } from '../platform/door.js';
import { customerProfile } from './customers.service.js';
import { canAddSites } from '../sites/sites.service.js';
import { canAddAssets } from '../assets/assets.mine.service.js';
import { canEditProfile, confirmEmailChange, pendingEmail, requestEmailChange, updateProfile } from './customers.profile.service.js';
import { ConfirmEmailChangeInput, CustomerProfile, RequestEmailChangeInput, UpdateProfileInput } from './customers.types.js';

// The fields below read the signed-in customer's own rows: ask for them through `me` and the
// profile mutations. A sign-in's payload is a CustomerProfile too, answered before the new
// session exists: there these fields are refused at their own door (UNAUTHENTICATED).
@Resolver(() => CustomerProfile)
export class CustomerPortalResolver {
  @Allow(customer)
  @Query(() => CustomerProfile, { description: 'The signed-in customer.' })
  me(@Ctx() ctx: CustomerContext): Promise<CustomerProfile> {
    return customerProfile(ctx);
  }

  @Allow(customer)
  @FieldResolver(() => Boolean, { description: 'False when the business keeps your details: contact them to change name, phone, language or email.' })
  canEditProfile(@Ctx() ctx: CustomerContext): Promise<boolean> {
    return canEditProfile(ctx);
  }

  @Allow(customer)
  @FieldResolver(() => Boolean, { description: 'The business lets you add service addresses (addMySite) and change or remove the ones you added.' })
  canAddSites(@Ctx() ctx: CustomerContext): Promise<boolean> {
    return canAddSites(ctx);
  }

  @Allow(customer)
  @FieldResolver(() => Boolean, { description: 'The business lets you add equipment or animals (addMyAsset) and change or remove the ones you added.' })
  canAddAssets(@Ctx() ctx: CustomerContext): Promise<boolean> {
    return canAddAssets(ctx);
  }

  @Allow(customer)
  @FieldResolver(() => String, { nullable: true, description: 'The new address of an email change awaiting confirmation.' })
  pendingEmail(@Ctx() ctx: CustomerContext): Promise<string | null> {
    return pendingEmail(ctx);
  }

  @Allow(customer)
  @Mutation(() => CustomerProfile, { description: 'Changes name, phone or language; FORBIDDEN when the business keeps your details.' })
  updateProfile(@Ctx() ctx: CustomerContext, @Arg('input', () => UpdateProfileInput) input: UpdateProfileInput): Promise<CustomerProfile> {
    return updateProfile(ctx, input);
  }

  @Allow(customer)
  @Mutation(() => CustomerProfile, { description: 'Emails a confirmation link (valid 24 hours) to the new address and a notice to the current one.' })
  requestEmailChange(@Ctx() ctx: CustomerContext, @Arg('input', () => RequestEmailChangeInput) input: RequestEmailChangeInput): Promise<CustomerProfile> {
    return requestEmailChange(ctx, input);
  }

  // The link may be opened in any browser, signed in or not: the token is the credential.
  @Allow(anyone)
  @Mutation(() => Boolean, { description: 'Switches to the new email address from the token of its confirmation link; works once, signed in or not.' })
  confirmEmailChange(@Ctx() ctx: RequestContext, @Arg('input', () => ConfirmEmailChangeInput) input: ConfirmEmailChangeInput): Promise<boolean> {
    return confirmEmailChange(ctx, input);
  }
}
