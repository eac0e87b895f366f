// Live updates in the browser: one GraphQL WebSocket per signed-in app (graphql-ws, through the
// app's own origin: server/socket-proxy.js), subscribed to `liveEvents` through the app's urql
// client (its subscriptionExchange forwards here; the document is the app's, typed by codegen:
// $lib/live.ts). An event says only what
// changed (an invoice, a job ...); the pages that show such things declare it with `liveDepends`
// and SvelteKit reloads their data. After a drop the socket comes back with the last position it
// saw and the API replays what was missed; RELOAD (too much missed) reloads everything.
import { invalidate, invalidateAll } from '$app/navigation';
import { navigating } from '$app/state';
import type { Client as UrqlClient, ExecutionResult, TypedDocumentNode } from '@urql/core';
import { createClient, type Client } from 'graphql-ws';
import { refreshNotifications } from '../notifications/centre.svelte';

/** What a live event can be about (the API's LiveSubject). */
export type LiveSubject = 'INVOICE' | 'JOB' | 'REQUEST' | 'DOCUMENT' | 'CUSTOMER' | 'NOTIFICATION' | 'THREAD' | 'PROJECT' | 'QUOTE' | 'SUPPLY_ORDER' | 'METER_READING';

export type LiveState = 'off' | 'connecting' | 'live' | 'reconnecting' | 'ended';

/** The dependency a load function declares to be reloaded when a `subject` changes. */
export const liveKey = (subject: LiveSubject) => `live:${subject.toLowerCase()}` as const;

/** In a load function: reload this data when something of these kinds changes. */
export function liveDepends(event: { depends: (...deps: `${string}:${string}`[]) => void }, ...subjects: LiveSubject[]): void {
  event.depends(...subjects.map(liveKey));
}

export interface LiveEventMessage {
  seq: string;
  change: 'CREATED' | 'CHANGED' | 'RELOAD';
  subject?: LiveSubject | null;
  subjectId?: string | null;
}

/** The app's `subscription LiveEvents($after: String) { liveEvents(after: $after) { … } }`. */
export type LiveEventsDocument = TypedDocumentNode<{ liveEvents: LiveEventMessage }, { after?: string | null }>;

/** graphql-ws close codes after which trying again is pointless: signed out, refused. */
const FINAL = new Set([4400, 4401, 4403, 4406]);

class LiveConnection {
  state = $state<LiveState>('off');
  /** Listeners for events (the notification bell, pages that react to one id). */
  private readonly listeners = new Set<(event: LiveEventMessage) => void>();
  private client: Client | null = null;
  private urql: UrqlClient | null = null;
  private document: LiveEventsDocument | null = null;
  private unsubscribe: (() => void) | null = null;
  private last: string | null = null;
  private storageKey = '';
  private attempt = 0;
  private stopped = true;
  private pending = new Set<LiveSubject>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  /** Opens the socket for the GraphQL endpoint at `path` on this origin and subscribes through `urql`; idempotent. */
  start(path: string, urql: UrqlClient, document: LiveEventsDocument): void {
    if (typeof window === 'undefined' || !this.stopped) return;
    this.stopped = false;
    this.urql = urql;
    this.document = document;
    // A full page load keeps the position: the API replays what happened while the page loaded.
    this.storageKey = `portico.live${path}`;
    this.last = sessionStorage.getItem(this.storageKey);
    this.connect(path);
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    void this.client?.dispose();
    this.client = null;
    this.state = 'off';
  }

  onEvent(listener: (event: LiveEventMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private connect(path: string): void {
    const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
    this.state = this.attempt === 0 ? 'connecting' : 'reconnecting';
    const client = createClient({ url, lazy: false, retryAttempts: 0, onNonLazyError: () => undefined });
    this.client = client;
    let opened = false;
    client.on('connected', () => {
      opened = true;
      this.attempt = 0;
      this.state = 'live';
    });
    client.on('closed', (event) => {
      if (this.client !== client || this.stopped) return;
      const code = (event as { code?: number }).code ?? 1006;
      if (FINAL.has(code)) {
        this.state = 'ended';
        return;
      }
      // Back off: 1 s, 2 s, 4 s ... up to 30 s, with jitter so a restart is not stormed.
      this.attempt = opened ? 1 : this.attempt + 1;
      this.state = 'reconnecting';
      const wait = Math.min(30_000, 1000 * 2 ** (this.attempt - 1)) * (0.75 + Math.random() / 2);
      this.retryTimer = setTimeout(() => {
        this.connect(path);
      }, wait);
    });
    // Through urql (its subscriptionExchange comes back to `forward`), from the last position seen.
    this.unsubscribe?.();
    const { urql, document } = this;
    if (!urql || !document) return;
    const subscription = urql.subscription(document, { after: this.last }).subscribe(({ data }) => {
      if (data?.liveEvents) this.receive(data.liveEvents);
    });
    this.unsubscribe = () => {
      subscription.unsubscribe();
    };
  }

  /** The urql subscriptionExchange's transport: the current socket. */
  forward(request: { query?: string; variables?: unknown }, sink: { next: (result: ExecutionResult) => void; error: (error: unknown) => void; complete: () => void }): () => void {
    const client = this.client;
    if (!client || !request.query) {
      sink.complete();
      return () => undefined;
    }
    return client.subscribe({ query: request.query, variables: request.variables as Record<string, unknown> | undefined }, sink);
  }

  private receive(event: LiveEventMessage): void {
    this.last = event.seq;
    sessionStorage.setItem(this.storageKey, event.seq);
    for (const listener of this.listeners) listener(event);
    if (event.change === 'RELOAD' || !event.subject) {
      if (!navigating.to) void invalidateAll();
      return;
    }
    // The bell counts again at once (a new notification, or some read in another tab).
    if (event.subject === 'NOTIFICATION') void refreshNotifications();
    // A burst of writes (a payment touches the invoice and its payment) reloads each kind once.
    this.pending.add(event.subject);
    this.flushTimer ??= setTimeout(() => {
      this.flush();
    }, 150);
  }

  private flush(): void {
    this.flushTimer = null;
    // SvelteKit drops a navigation under way when data is invalidated: a click's own write (a
    // booking, a payment) would cancel the page it leads to. Reload once the navigation is done.
    if (navigating.to) {
      this.flushTimer = setTimeout(() => {
        this.flush();
      }, 150);
      return;
    }
    const subjects = [...this.pending];
    this.pending.clear();
    for (const subject of subjects) void invalidate(liveKey(subject));
  }
}

/** The app's one live connection (browser only; the signed-in layout starts and stops it). */
export const live = new LiveConnection();
