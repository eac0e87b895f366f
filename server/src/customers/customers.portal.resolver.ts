import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver } from 'type-graphql';
import { customerScope, type RequestContext } from '../context/context.js';
import { customerProfile } from './customers.service.js';
import { canAddSites } from '../sites/sites.service.js';
import { canAddAssets } from '../assets/assets.mine.service.js';
import {
  canEditProfile,
  confirmEmailChange,
  notificationPreferences,
  pendingEmail,
  requestEmailChange,
  updateNotificationPreferences,
  updateProfile,
} from './customers.profile.service.js';
import {
  ConfirmEmailChangeInput,
  CustomerProfile,
  NotificationPreferences,
  NotificationPreferencesInput,
  RequestEmailChangeInput,
  UpdateProfileInput,
} from './customers.types.js';

// The fields below read the signed-in customer's own rows: ask for them through `me` and the
// profile mutations (a sign-in's payload is answered before the new session exists).
@Resolver(() => CustomerProfile)
export class CustomerPortalResolver {
  @Query(() => CustomerProfile, { description: 'The signed-in customer.' })
  me(@Ctx() ctx: RequestContext): Promise<CustomerProfile> {
    const { tx, principal } = customerScope(ctx);
    return customerProfile(ctx, tx, principal.customerId);
  }

  @FieldResolver(() => Boolean, { description: 'False when the business keeps your details: contact them to change name, phone, language or email.' })
  canEditProfile(@Ctx() ctx: RequestContext): Promise<boolean> {
    return canEditProfile(ctx);
  }

  @FieldResolver(() => Boolean, { description: 'The business lets you add service addresses (addMySite) and change or remove the ones you added.' })
  canAddSites(@Ctx() ctx: RequestContext): Promise<boolean> {
    return canAddSites(customerScope(ctx));
  }

  @FieldResolver(() => Boolean, { description: 'The business lets you add equipment or animals (addMyAsset) and change or remove the ones you added.' })
  canAddAssets(@Ctx() ctx: RequestContext): Promise<boolean> {
    return canAddAssets(customerScope(ctx));
  }

  @FieldResolver(() => NotificationPreferences)
  notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferences> {
    return notificationPreferences(ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The new address of an email change awaiting confirmation.' })
  pendingEmail(@Ctx() ctx: RequestContext): Promise<string | null> {
    return pendingEmail(ctx);
  }

  @Mutation(() => CustomerProfile, { description: 'Changes name, phone or language; FORBIDDEN when the business keeps your details.' })
  updateProfile(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateProfileInput) input: UpdateProfileInput): Promise<CustomerProfile> {
    return updateProfile(ctx, input);
  }

  @Mutation(() => CustomerProfile, { description: 'Chooses which emails to receive; always allowed.' })
  updateNotificationPreferences(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => NotificationPreferencesInput) input: NotificationPreferencesInput,
  ): Promise<CustomerProfile> {
    return updateNotificationPreferences(ctx, input);
  }

  @Mutation(() => CustomerProfile, { description: 'Emails a confirmation link (valid 24 hours) to the new address and a notice to the current one.' })
  requestEmailChange(@Ctx() ctx: RequestContext, @Arg('input', () => RequestEmailChangeInput) input: RequestEmailChangeInput): Promise<CustomerProfile> {
    return requestEmailChange(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Switches to the new email address from the token of its confirmation link; works once, signed in or not.' })
  confirmEmailChange(@Ctx() ctx: RequestContext, @Arg('input', () => ConfirmEmailChangeInput) input: ConfirmEmailChangeInput): Promise<boolean> {
    return confirmEmailChange(ctx, input);
  }
}
