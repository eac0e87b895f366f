// The notification centre of one signed-in person in the browser: the bell's unread count, and
// the reads and writes behind the bell's panel and the notifications page. Each app gives it a
// transport (its own typed GraphQL documents). The count is the layout's until this side learns
// better (a mark, a refresh); `refreshNotifications()` lets code outside (live updates) ask the
// server again.
import { createContext } from 'svelte';
import type { NotificationItem } from './text';

export interface NotificationPage {
  nodes: NotificationItem[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** What the centre asks the server; null when the answer did not come (offline, session ended). */
export interface NotificationTransport {
  count(): Promise<number | null>;
  page(args: { first: number; after: string | null; unreadOnly: boolean }): Promise<NotificationPage | null>;
  markRead(id: string): Promise<NotificationItem | null>;
  markAllRead(): Promise<{ unreadCount: number; readAt: string } | null>;
}

export class NotificationCentre {
  #transport: NotificationTransport;
  #loaded: () => number;
  /** What this side learnt, and the layout's count it was learnt over: a newer load wins. */
  #local = $state<{ count: number; over: number } | null>(null);

  /** `loaded`: the count the layout loaded (read again when the layout loads again). */
  constructor(transport: NotificationTransport, loaded: () => number) {
    this.#transport = transport;
    this.#loaded = loaded;
  }

  get count(): number {
    const loaded = this.#loaded();
    return this.#local && this.#local.over === loaded ? this.#local.count : loaded;
  }

  set(count: number): void {
    this.#local = { count: Math.max(0, count), over: this.#loaded() };
  }

  async refresh(): Promise<void> {
    const count = await this.#transport.count();
    if (count !== null) this.set(count);
  }

  page(args: { first: number; after?: string | null; unreadOnly?: boolean }): Promise<NotificationPage | null> {
    return this.#transport.page({ first: args.first, after: args.after ?? null, unreadOnly: args.unreadOnly ?? false });
  }

  /** Marks one read; the count goes down by one if it was unread. Returns the row as written. */
  async markRead(item: NotificationItem): Promise<NotificationItem | null> {
    const written = await this.#transport.markRead(item.id);
    if (written && !item.readAt) this.set(this.count - 1);
    return written;
  }

  /** Marks every one read; returns when (the server's clock), or null when it did not happen. */
  async markAllRead(): Promise<string | null> {
    const done = await this.#transport.markAllRead();
    if (done) this.set(done.unreadCount);
    return done?.readAt ?? null;
  }

  /** Call in the browser once mounted (onMount's cleanup is the returned function): `refreshNotifications` then reaches this centre. */
  activate(): () => void {
    activate(this);
    return () => {
      deactivate(this);
    };
  }
}

// Only ever set in the browser (activate runs from onMount), so no server render shares it.
let active: NotificationCentre | null = null;

function activate(centre: NotificationCentre): void {
  active = centre;
}

function deactivate(centre: NotificationCentre): void {
  if (active === centre) active = null;
}

/** Asks the server for the signed-in person's unread count again (live updates call this). */
export function refreshNotifications(): Promise<void> {
  return active?.refresh() ?? Promise.resolve();
}

const [getCentre, setCentre] = createContext<NotificationCentre>();

/** The layout that creates the centre provides it to the pages below. */
export const provideNotificationCentre = setCentre;
export const useNotificationCentre = getCentre;
