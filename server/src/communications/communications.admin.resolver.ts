import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { StaffContext } from '../context/context.js';
import { Allow, office } from '../platform/door.js';
import { activitySubject } from '../activity/activity.loaders.js';
import { ActivitySubject } from '../activity/activity.types.js';
import { communicationsTimeline, logCommunication } from './communications.service.js';
import { LogCommunicationInput, TimelineArgs, TimelineEntry, TimelineEntryConnection, TimelineKind } from './communications.types.js';
import { readRootField } from '../platform/operation-read.js';
import { timelinePart } from './timeline.page.js';

@Resolver(() => TimelineEntry)
export class CommunicationAdminResolver {
  @Allow(office)
  @Query(() => TimelineEntryConnection, {
    description: "A customer's calls, emails, SMS and notes, the portal's emails to them and their activity (not sign-ins: see Customer.activity), newest first.",
  })
  communicationsTimeline(@Ctx() ctx: StaffContext, @Args(() => TimelineArgs) args: TimelineArgs, @Info() info: GraphQLResolveInfo): Promise<TimelineEntryConnection> {
    return readRootField(ctx, info, timelinePart, args, () => communicationsTimeline(ctx, args));
  }

  @Allow(office)
  @Mutation(() => TimelineEntry, { description: 'Logs a call, email, SMS or note with a customer, optionally about one of their jobs.' })
  logCommunication(@Ctx() ctx: StaffContext, @Arg('input', () => LogCommunicationInput) input: LogCommunicationInput): Promise<TimelineEntry> {
    return logCommunication(ctx, input);
  }

  @FieldResolver(() => ActivitySubject, {
    nullable: true,
    description: "An activity's subject (a job, an invoice, a document…), named, to link to; null for other entries, or when nothing is named or it no longer exists.",
  })
  subject(@Ctx() ctx: StaffContext, @Root() entry: TimelineEntry): Promise<ActivitySubject | null> {
    return entry.kind === TimelineKind.activity ? activitySubject(ctx, entry.summary, entry.subjectId) : Promise.resolve(null);
  }
}
