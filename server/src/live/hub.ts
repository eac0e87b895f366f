// One instance's ear on the event stream: a dedicated connection that LISTENs for the events
// other transactions committed (migration 20261204000100_live_events), reads them by id and hands
// them to this instance's subscribers of that tenant, in sequence order. It also hears which
// sessions ended, to close their sockets. Every API instance has its own hub, so each one
// delivers every event to its own subscribers. No Redis: PostgreSQL is the bus.
import pg from 'pg';
import type { Logger } from 'pino';

export interface LiveEventRow {
  tenantId: string;
  seq: bigint;
  kind: string;
  subjectType: string;
  subjectId: string;
  customerId: string | null;
  staffUserId: string | null;
  createdAt: Date;
}

/** An event as read from the stream (`SELECT ${EVENT_COLUMNS}`): by pg as text, by Prisma as bigint. */
export interface StoredEvent {
  tenant_id: string;
  seq: string | bigint;
  kind: string;
  subject_type: string;
  subject_id: string;
  customer_id: string | null;
  staff_user_id: string | null;
  created_at: Date;
}

export const EVENT_COLUMNS =
  'tenant_id::text AS tenant_id, seq, kind, subject_type, subject_id::text AS subject_id, customer_id::text AS customer_id, staff_user_id::text AS staff_user_id, created_at';

export function eventFromRow(r: StoredEvent): LiveEventRow {
  return {
    tenantId: r.tenant_id,
    seq: BigInt(r.seq),
    kind: r.kind,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    customerId: r.customer_id,
    staffUserId: r.staff_user_id,
    createdAt: r.created_at,
  };
}

/** Who no longer holds: one session, or every session of a member of staff or a portal account. */
export type Ended = { session: string } | { staff: string } | { account: string };

export interface HubListener {
  /** Events of the listener's tenant, in sequence order. */
  events(events: LiveEventRow[]): void;
  /** The hub lost its connection for a while: events may have been missed, catch up from the stream. */
  resume(): void;
}

const EVENTS = 'portico_live';
const ENDED = 'portico_live_ended';

export class LiveHub {
  private client: pg.Client | null = null;
  private readonly listeners = new Map<string, Set<HubListener>>();
  private readonly endedListeners = new Set<(ended: Ended) => void>();
  private pending: string[] = [];
  private flushing: Promise<void> | null = null;
  private stopped = false;
  private retryMs = 250;

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  listen(tenantId: string, listener: HubListener): () => void {
    let set = this.listeners.get(tenantId);
    if (!set) this.listeners.set(tenantId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(tenantId);
    };
  }

  onEnded(listener: (ended: Ended) => void): () => void {
    this.endedListeners.add(listener);
    return () => this.endedListeners.delete(listener);
  }

  get subscribers(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await this.flushing?.catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'portico-live' });
    client.on('notification', (message) => {
      if (message.channel === EVENTS && message.payload) this.enqueue(message.payload);
      else if (message.channel === ENDED && message.payload) this.ended(message.payload);
    });
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'live: listener connection failed');
    });
    client.on('end', () => {
      if (this.client === client) this.reconnectLater();
    });
    await client.connect();
    await client.query(`LISTEN ${EVENTS}; LISTEN ${ENDED}`);
    this.client = client;
    this.retryMs = 250;
  }

  private reconnectLater(): void {
    this.client = null;
    if (this.stopped) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, 10_000);
    setTimeout(() => {
      if (this.stopped) return;
      this.connect().then(
        () => {
          // Whatever was committed while nobody listened is in the stream: every subscriber catches up.
          for (const set of this.listeners.values()) for (const listener of set) listener.resume();
        },
        (error: unknown) => {
          this.log.warn({ err: error }, 'live: reconnecting the listener failed');
          this.reconnectLater();
        },
      );
    }, wait).unref();
  }

  private enqueue(id: string): void {
    if (!/^\d+$/.test(id)) return;
    this.pending.push(id);
    // Notifications that arrive together are read together, one batch at a time, in order.
    this.flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.flush());
  }

  private async flush(): Promise<void> {
    try {
      while (this.pending.length > 0 && this.client) {
        const ids = this.pending;
        this.pending = [];
        const { rows } = await this.client.query<StoredEvent>(`SELECT ${EVENT_COLUMNS} FROM app_live_events($1::bigint[])`, [ids]);
        const byTenant = new Map<string, LiveEventRow[]>();
        for (const r of rows) {
          const list = byTenant.get(r.tenant_id) ?? [];
          list.push(eventFromRow(r));
          byTenant.set(r.tenant_id, list);
        }
        for (const [tenantId, events] of byTenant) {
          for (const listener of this.listeners.get(tenantId) ?? []) listener.events(events);
        }
      }
    } catch (error) {
      this.log.warn({ err: error }, 'live: reading events failed');
      // The subscribers catch up from the stream; the connection's own failure reconnects it.
      for (const set of this.listeners.values()) for (const listener of set) listener.resume();
    } finally {
      this.flushing = null;
      if (this.pending.length > 0 && this.client) this.flushing = this.flush();
    }
  }

  private ended(payload: string): void {
    const [kind, id] = payload.split(':');
    if (!id) return;
    const ended: Ended | null = kind === 'session' ? { session: id } : kind === 'staff' ? { staff: id } : kind === 'account' ? { account: id } : null;
    if (ended) for (const listener of this.endedListeners) listener(ended);
  }
}
