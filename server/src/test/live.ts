// A live-updates subscriber for tests: a real graphql-ws client over a real WebSocket to the
// test app, collecting what it receives.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Endpoint } from '../context/principal.js';
import type { TestApp } from './app.js';

export interface ReceivedEvent {
  seq: string;
  change: 'CREATED' | 'CHANGED' | 'RELOAD';
  subject: string | null;
  subjectId: string | null;
}

export interface LiveSubscription {
  events: ReceivedEvent[];
  errors: unknown[];
  /** Resolves with the socket's close code once it closes. */
  closed: Promise<{ code: number; message: string }>;
  /** Waits until an event matching `match` has arrived, and returns it. */
  until(match: (e: ReceivedEvent) => boolean): Promise<ReceivedEvent>;
  dispose(): Promise<void>;
}

export interface LiveAuth {
  token?: string;
  cookie?: string;
  origin?: string;
}

const QUERY = 'subscription Live($after: String) { liveEvents(after: $after) { seq change subject subjectId } }';

/** Subscribes and waits until the app's hub counts the new subscriber (so no write is missed). */
export async function subscribeLive(app: TestApp, endpoint: Endpoint, auth: LiveAuth, after?: string, query = QUERY): Promise<LiveSubscription> {
  const headers: Record<string, string> = {};
  if (auth.cookie) headers.cookie = auth.cookie;
  if (auth.origin) headers.origin = auth.origin;
  class Socket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  let resolveClosed!: (v: { code: number; message: string }) => void;
  const closed = new Promise<{ code: number; message: string }>((r) => (resolveClosed = r));
  const client: Client = createClient({
    url: `${app.url.replace('http', 'ws')}/graphql/${endpoint}`,
    webSocketImpl: Socket,
    retryAttempts: 0,
    lazy: false,
    // A refused socket is what some tests want: `closed` reports it.
    onNonLazyError: () => undefined,
    connectionParams: auth.token ? { authorization: `Bearer ${auth.token}` } : {},
    on: {
      closed: (event) => {
        const { code, reason: message } = event as { code: number; reason: string };
        resolveClosed({ code, message });
      },
    },
  });
  const events: ReceivedEvent[] = [];
  const errors: unknown[] = [];
  const waiters: { match: (e: ReceivedEvent) => boolean; resolve: (e: ReceivedEvent) => void }[] = [];
  const before = app.live.hub.subscribers;
  const state = { done: false };
  client.subscribe<{ liveEvents: ReceivedEvent }>(
    { query, variables: after === undefined ? {} : { after } },
    {
      next: (result) => {
        if (result.errors) errors.push(...result.errors);
        const event = result.data?.liveEvents;
        if (!event) return;
        events.push(event);
        for (const w of [...waiters]) {
          if (w.match(event)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(event);
          }
        }
      },
      error: (error) => {
        errors.push(error);
        state.done = true;
      },
      complete: () => {
        state.done = true;
      },
    },
  );
  // The subscription is live once the hub has it (or it failed: then `errors` or `closed` says why).
  const closedYet = { value: false };
  void closed.then(() => (closedYet.value = true));
  while (app.live.hub.subscribers <= before && !state.done && !closedYet.value && errors.length === 0) await new Promise((r) => setTimeout(r, 10));
  return {
    events,
    errors,
    closed,
    until(match) {
      const found = events.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    async dispose() {
      await client.dispose();
    },
  };
}
