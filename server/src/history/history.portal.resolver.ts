import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { NotFound } from '../errors/errors.js';
import { todayIn } from '../common/dates.js';
import { currentTenant } from '../platform/current-tenant.js';
import { toJob } from '../jobs/jobs.view.js';
import { toInvoice } from '../invoices/invoices.service.js';
import { historyDocument, historyInvoice, historyJob } from './history.loaders.js';
import { serviceTimeline } from './history.service.js';
import { Document, HistoryEntry, HistoryEntryConnection, HistoryKind, Invoice, Job, ServiceTimelineArgs } from './history.types.js';

@Resolver(() => HistoryEntry)
export class HistoryPortalResolver {
  @Query(() => HistoryEntryConnection, {
    description:
      "The service history of one of the customer's sites or assets, newest first: visits, the invoices billing them and the reports and photos shared from them. NOT_FOUND for any other site or asset.",
  })
  serviceTimeline(@Ctx() ctx: RequestContext, @Args(() => ServiceTimelineArgs) args: ServiceTimelineArgs): Promise<HistoryEntryConnection> {
    return serviceTimeline(ctx, args);
  }

  @FieldResolver(() => Job, { description: 'The visit: the entry itself for a JOB, the visit billed or documented otherwise.' })
  async job(@Ctx() ctx: RequestContext, @Root() entry: HistoryEntry): Promise<Job> {
    const [row, tenant] = await Promise.all([historyJob(ctx, entry.jobId), currentTenant(ctx)]);
    if (!row) throw new NotFound('This appointment');
    return toJob(row, tenant.timeZone);
  }

  @FieldResolver(() => Invoice, { nullable: true, description: 'For an INVOICE entry.' })
  async invoice(@Ctx() ctx: RequestContext, @Root() entry: HistoryEntry): Promise<Invoice | null> {
    if (entry.kind !== HistoryKind.INVOICE) return null;
    const [row, tenant] = await Promise.all([historyInvoice(ctx, entry.id), currentTenant(ctx)]);
    return row ? toInvoice(row, todayIn(tenant.timeZone, ctx.now())) : null;
  }

  @FieldResolver(() => Document, { nullable: true, description: 'For a DOCUMENT entry.' })
  async document(@Ctx() ctx: RequestContext, @Root() entry: HistoryEntry): Promise<Document | null> {
    return entry.kind === HistoryKind.DOCUMENT ? historyDocument(ctx, entry.id) : null;
  }
}
