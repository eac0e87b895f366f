// One subscriber's events: first those after the position it brings back (`after`), read from
// the stream under its own row-level security, then live ones from the hub, without a gap or a
// duplicate between the two (the hub is listened to before the stream is read, and nothing at
// or before the last position is delivered twice). Every batch is checked in a scope opened for
// the subscriber with its session's token, so a session that ended ends the subscription too.
import type { IRule } from 'graphql-shield';
import type { RequestContext, ScopedContext } from '../context/context.js';
import type { TokenClaims } from '../auth/tokens.js';
import { Unauthenticated } from '../errors/errors.js';
import { inRequestScope, type ContextParts } from '../platform/scope.js';
import { Prisma } from '../generated/prisma/client.js';
import { EVENT_COLUMNS, eventFromRow, type HubListener, type LiveEventRow, type LiveHub, type StoredEvent } from './hub.js';
import { visibleEvents, type LiveSubjectType } from './live-visibility.js';
import { LiveChange, LiveSubject, type LiveEvent } from './live.types.js';

const LIVE_SUBJECT_TYPES: Record<LiveSubjectType, LiveSubject> = {
  invoice: LiveSubject.INVOICE,
  job: LiveSubject.JOB,
  request: LiveSubject.REQUEST,
  document: LiveSubject.DOCUMENT,
  customer: LiveSubject.CUSTOMER,
  notification: LiveSubject.NOTIFICATION,
  thread: LiveSubject.THREAD,
  project: LiveSubject.PROJECT,
  quote: LiveSubject.QUOTE,
  supply_order: LiveSubject.SUPPLY_ORDER,
  meter_reading: LiveSubject.METER_READING,
};

/** What a live subscription needs besides its arguments; set up by the socket (graphql/live-socket.ts). */
export interface LiveSubscriber {
  hub: LiveHub;
  parts: ContextParts;
  claims: TokenClaims;
  tenantId: string;
  /** The endpoint's door rules for its queries: an event is seen by whoever may query its subject. */
  queryRules: Record<string, IRule | undefined>;
  /** Called when the subscriber's session is found ended: the socket closes. */
  sessionEnded(): void;
}

/** At most this many missed events are replayed; past it (or past what is kept) the client reloads. */
export const REPLAY_LIMIT = 1000;

const subscribers = new WeakMap<RequestContext, LiveSubscriber>();

export function setLiveSubscriber(ctx: RequestContext, subscriber: LiveSubscriber): void {
  subscribers.set(ctx, subscriber);
}

export function liveSubscriberOf(ctx: RequestContext): LiveSubscriber {
  const subscriber = subscribers.get(ctx);
  if (!subscriber) throw new Unauthenticated('Live updates come over the GraphQL WebSocket of a signed-in session.');
  return subscriber;
}

export class LiveStream implements AsyncIterableIterator<LiveEvent> {
  private readonly queue: LiveEventRow[] = [];
  private readonly ready: LiveEvent[] = [];
  private catchUp = false;
  private done = false;
  private wake: (() => void) | null = null;
  private readonly stopListening: () => void;
  private last: bigint | null;

  constructor(
    private readonly subscriber: LiveSubscriber,
    after: bigint | null,
  ) {
    this.last = after;
    this.catchUp = after !== null;
    const listener: HubListener = {
      events: (events) => {
        this.queue.push(...events);
        this.wake?.();
      },
      resume: () => {
        this.catchUp = true;
        this.wake?.();
      },
    };
    // Listening starts before anything is read: an event committed meanwhile waits in the queue.
    this.stopListening = subscriber.hub.listen(subscriber.tenantId, listener);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<LiveEvent>> {
    while (!this.done) {
      const event = this.ready.shift();
      if (event) return { value: event, done: false };
      await this.produce();
    }
    return { value: undefined, done: true };
  }

  return(): Promise<IteratorResult<LiveEvent>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<LiveEvent>> {
    this.finish();
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.stopListening();
    this.wake?.();
  }

  /** Fills `ready` with the next events this subscriber may see, waiting for some if need be. */
  private async produce(): Promise<void> {
    if (this.catchUp) {
      this.catchUp = false;
      await this.replay();
      return;
    }
    if (this.queue.length === 0) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = null;
      return;
    }
    // A new subscription (no `after`) receives what is committed from when it started listening.
    const last = this.last;
    const batch = this.queue.splice(0).filter((e) => last === null || e.seq > last);
    if (batch.length === 0) return;
    await this.deliver(batch);
  }

  private async replay(): Promise<void> {
    const after = this.last;
    await this.inScope(async (ctx) => {
      const at = await position(ctx);
      if (after === null) {
        // Nothing seen yet to resume from: whatever may have been missed, the client reloads.
        this.last = at.lastSeq;
        this.ready.push({ seq: at.lastSeq.toString(), change: LiveChange.RELOAD, subject: null, subjectId: null, at: ctx.now() });
        return;
      }
      const rows = await ctx.tx.$queryRaw<StoredEvent[]>`
        SELECT ${Prisma.raw(EVENT_COLUMNS)} FROM live_events WHERE tenant_id = app_tenant() AND seq > ${after} ORDER BY seq LIMIT ${REPLAY_LIMIT + 1}`;
      if (after + 1n < at.firstKept || rows.length > REPLAY_LIMIT) {
        // Some of what was missed is no longer kept (or too much was): the client reloads instead.
        this.last = at.lastSeq;
        this.ready.push({ seq: at.lastSeq.toString(), change: LiveChange.RELOAD, subject: null, subjectId: null, at: ctx.now() });
        return;
      }
      const events = rows.map(eventFromRow);
      await this.check(ctx, events);
      // Past everything the stream holds for this subscriber now, seen or not.
      if (at.lastSeq > (this.last ?? 0n)) this.last = at.lastSeq;
    });
  }

  private async deliver(batch: LiveEventRow[]): Promise<void> {
    await this.inScope((ctx) => this.check(ctx, batch));
  }

  private async check(ctx: ScopedContext, events: LiveEventRow[]): Promise<void> {
    const visible = await visibleEvents(ctx, this.subscriber.queryRules, events);
    for (const e of visible) this.ready.push(toLiveEvent(e));
    const lastSeen = events.at(-1)?.seq;
    if (lastSeen !== undefined && (this.last === null || lastSeen > this.last)) this.last = lastSeen;
  }

  /** Opens a scope for the subscriber with its token: its session is checked again each time. */
  private async inScope(work: (ctx: ScopedContext) => Promise<void>): Promise<void> {
    const { parts, claims } = this.subscriber;
    const ended = await inRequestScope(parts, claims, async (ctx) => {
      if (!ctx.tx || ctx.principal.kind === 'anonymous') return true;
      await work({ ...ctx, tx: ctx.tx });
      return false;
    });
    if (ended) {
      this.finish();
      this.subscriber.sessionEnded();
    }
  }
}

async function position(ctx: ScopedContext): Promise<{ lastSeq: bigint; firstKept: bigint }> {
  const rows = await ctx.tx.$queryRaw<{ last_seq: bigint; first_kept: bigint }[]>`SELECT last_seq, first_kept FROM app_live_position()`;
  const row = rows[0];
  return { lastSeq: row?.last_seq ?? 0n, firstKept: row?.first_kept ?? 1n };
}

function toLiveEvent(e: LiveEventRow): LiveEvent {
  return {
    seq: e.seq.toString(),
    change: e.kind.endsWith('.created') && !e.kind.startsWith('payments.') ? LiveChange.CREATED : LiveChange.CHANGED,
    subject: LIVE_SUBJECT_TYPES[e.subjectType as LiveSubjectType],
    subjectId: e.subjectId,
    at: e.createdAt,
  };
}
