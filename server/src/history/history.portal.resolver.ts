import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { CustomerContext } from '../context/context.js';
import { Allow, customer } from '../platform/door.js';
import { entryDocument, entryInvoice, entryJob, serviceTimeline } from './history.service.js';
import { Document, HistoryEntry, HistoryEntryConnection, Invoice, Job, ServiceTimelineArgs } from './history.types.js';

@Resolver(() => HistoryEntry)
export class HistoryPortalResolver {
  @Allow(customer)
  @Query(() => HistoryEntryConnection, {
    description:
      "The service history of one of the customer's sites or assets, newest first: visits, the invoices billing them and the reports and photos shared from them. NOT_FOUND for any other site or asset.",
  })
  serviceTimeline(@Ctx() ctx: CustomerContext, @Args(() => ServiceTimelineArgs) args: ServiceTimelineArgs): Promise<HistoryEntryConnection> {
    return serviceTimeline(ctx, args);
  }

  @FieldResolver(() => Job, { description: 'The visit: the entry itself for a JOB, the visit billed or documented otherwise.' })
  job(@Ctx() ctx: CustomerContext, @Root() entry: HistoryEntry): Promise<Job> {
    return entryJob(ctx, entry);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'For an INVOICE entry.' })
  invoice(@Ctx() ctx: CustomerContext, @Root() entry: HistoryEntry): Promise<Invoice | null> {
    return entryInvoice(ctx, entry);
  }

  @FieldResolver(() => Document, { nullable: true, description: 'For a DOCUMENT entry.' })
  document(@Ctx() ctx: CustomerContext, @Root() entry: HistoryEntry): Promise<Document | null> {
    return entryDocument(ctx, entry);
  }
}
