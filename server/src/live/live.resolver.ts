import { Args, Resolver, Root, Subscription } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { BadInput } from '../errors/errors.js';
import { Allow, anyStaff, customer } from '../platform/door.js';
import { LiveStream, liveSubscriberOf } from './live-stream.js';
import { LiveEvent, LiveEventsArgs } from './live.types.js';

const DESCRIPTION =
  'Live updates over the GraphQL WebSocket (graphql-ws protocol): an event for each write to something you may see, re-checked for you before it is sent. Pass the last `seq` you received as `after` when you reconnect.';

function liveEvents({ context, args }: { context: RequestContext; args: LiveEventsArgs }): AsyncIterable<LiveEvent> {
  const after = args.after ?? null;
  if (after !== null && !/^\d{1,18}$/.test(after)) throw new BadInput('after', 'This is not a position in the event stream.', 'STALE_CURSOR');
  return new LiveStream(liveSubscriberOf(context), after === null ? null : BigInt(after));
}

@Resolver()
export class LivePortalResolver {
  @Allow(customer)
  @Subscription(() => LiveEvent, { description: DESCRIPTION, subscribe: (data) => liveEvents(data as { context: RequestContext; args: LiveEventsArgs }) })
  // The arguments are declared here for the schema; the stream read them when it started.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- see above
  liveEvents(@Root() event: LiveEvent, @Args() _args: LiveEventsArgs): LiveEvent {
    return event;
  }
}

@Resolver()
export class LiveAdminResolver {
  @Allow(anyStaff)
  @Subscription(() => LiveEvent, { description: DESCRIPTION, subscribe: (data) => liveEvents(data as { context: RequestContext; args: LiveEventsArgs }) })
  // The arguments are declared here for the schema; the stream read them when it started.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- see above
  liveEvents(@Root() event: LiveEvent, @Args() _args: LiveEventsArgs): LiveEvent {
    return event;
  }
}
