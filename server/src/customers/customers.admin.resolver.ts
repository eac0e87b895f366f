import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, office } from '../platform/door.js';
import { PageArgs, type Connection } from '../common/pagination.js';
import { Site } from '../sites/sites.types.js';
import { sitesOfCustomer } from '../sites/sites.loaders.js';
import { AdminAsset } from '../assets/assets.types.js';
import { assetsOfCustomer } from '../assets/assets.loaders.js';
import { toAssets } from '../assets/assets.service.js';
import { getCustomer, searchCustomers } from './customers.service.js';
import { createCustomer, sendPasswordResetLink, updateCustomer } from './customers.admin.service.js';
import { readRootField } from '../platform/operation-read.js';
import { customerActivityPage, customerPart } from './customer-page.js';
import { actorName, pendingPortalEmail } from './customers.loaders.js';
import { activitySubject } from '../activity/activity.loaders.js';
import { ActivitySubject } from '../activity/activity.types.js';
import { ActivityEntry, ActivityEntryConnection, CreateCustomerInput, Customer, CustomerConnection, CustomerSearchArgs, UpdateCustomerInput } from './customers.types.js';

@Resolver(() => Customer)
export class CustomerAdminResolver {
  @Allow(office)
  @Query(() => CustomerConnection, { description: "The business's customers by name, optionally searched." })
  customers(@Ctx() ctx: StaffContext, @Args(() => CustomerSearchArgs) args: CustomerSearchArgs): Promise<CustomerConnection> {
    return searchCustomers(ctx, args);
  }

  @Allow(office)
  @Query(() => Customer)
  customer(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Info() info: GraphQLResolveInfo): Promise<Customer> {
    return readRootField(ctx, info, customerPart, { id }, () => getCustomer(ctx, id));
  }

  @Allow(office)
  @Mutation(() => Customer, { description: 'Adds a customer; CONFLICT when another customer has the email.' })
  createCustomer(@Ctx() ctx: StaffContext, @Arg('input', () => CreateCustomerInput) input: CreateCustomerInput): Promise<Customer> {
    return createCustomer(ctx, input);
  }

  @Allow(office)
  @Mutation(() => Customer, { description: 'Edits a customer; CONFLICT when another customer has the email.' })
  updateCustomer(@Ctx() ctx: StaffContext, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateCustomerInput) input: UpdateCustomerInput): Promise<Customer> {
    return updateCustomer(ctx, id, input);
  }

  @Allow(office)
  @Mutation(() => Customer, { description: 'Emails the customer a link to set a new portal password. CONFLICT without an active portal account.' })
  sendPasswordResetLink(@Ctx() ctx: StaffContext, @Arg('customerId', () => ID) customerId: string): Promise<Customer> {
    return sendPasswordResetLink(ctx, customerId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "A new sign-in email awaiting the customer's own confirmation (from a link sent to it, within 24 hours); until then the portal login keeps portalEmail.",
  })
  pendingPortalEmail(@Ctx() ctx: StaffContext, @Root() customer: Customer): Promise<string | null> {
    return pendingPortalEmail(ctx, customer.id);
  }

  @FieldResolver(() => [Site], { description: 'Service addresses, by label.' })
  sites(@Ctx() ctx: StaffContext, @Root() customer: Customer): Promise<Site[]> {
    return sitesOfCustomer(ctx, customer.id);
  }

  @FieldResolver(() => [AdminAsset], { description: 'Equipment and animals, by name.' })
  async assets(@Ctx() ctx: StaffContext, @Root() customer: Customer): Promise<AdminAsset[]> {
    return toAssets(ctx, await assetsOfCustomer(ctx, customer.id));
  }

  @FieldResolver(() => ActivityEntryConnection, { description: "The customer's activity log, newest first." })
  activity(@Ctx() ctx: StaffContext, @Root() customer: Customer, @Args(() => PageArgs) args: PageArgs): Promise<Connection<ActivityEntry>> {
    return customerActivityPage(ctx, customer.id, args);
  }
}

@Resolver(() => ActivityEntry)
export class ActivityEntryAdminResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The name of the customer or staff member who acted.' })
  actorName(@Ctx() ctx: StaffContext, @Root() entry: ActivityEntry): Promise<string | null> {
    return actorName(ctx, entry.actorType, entry.actorId);
  }

  @FieldResolver(() => ActivitySubject, {
    nullable: true,
    description: 'What it was about (a job, an invoice, a document…), named, to link to; null when nothing is named or it no longer exists.',
  })
  subject(@Ctx() ctx: StaffContext, @Root() entry: ActivityEntry): Promise<ActivitySubject | null> {
    return activitySubject(ctx, entry.action, entry.subjectId);
  }
}
