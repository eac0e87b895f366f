import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { communicationsTimeline, logCommunication } from './communications.service.js';
import { LogCommunicationInput, TimelineArgs, TimelineEntry, TimelineEntryConnection } from './communications.types.js';

@Resolver(() => TimelineEntry)
export class CommunicationAdminResolver {
  @Query(() => TimelineEntryConnection, { description: "A customer's calls, emails, SMS and notes, the portal's emails to them and their activity, newest first." })
  communicationsTimeline(@Ctx() ctx: RequestContext, @Args(() => TimelineArgs) args: TimelineArgs): Promise<TimelineEntryConnection> {
    return communicationsTimeline(ctx, args);
  }

  @Mutation(() => TimelineEntry, { description: 'Logs a call, email, SMS or note with a customer, optionally about one of their jobs.' })
  logCommunication(@Ctx() ctx: RequestContext, @Arg('input', () => LogCommunicationInput) input: LogCommunicationInput): Promise<TimelineEntry> {
    return logCommunication(ctx, input);
  }
}
