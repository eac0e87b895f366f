// The unread-messages count of one signed-in person in the browser (the navigation's badge): the
// layout's until this side learns better (a thread marked read, a live event about a thread).
// Each app gives it the query that counts (the portal's myUnreadMessageCount, the team inbox's).
import { createContext } from 'svelte';

export class UnreadMessages {
  #ask: () => Promise<number | null>;
  #loaded: () => number;
  /** What this side learnt, and the layout's count it was learnt over: a newer load wins. */
  #local = $state<{ count: number; over: number } | null>(null);
  #timer: ReturnType<typeof setTimeout> | null = null;

  /** `ask`: the API's count (null when no answer came); `loaded`: the count the layout loaded. */
  constructor(ask: () => Promise<number | null>, loaded: () => number) {
    this.#ask = ask;
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
    const count = await this.#ask();
    if (count !== null) this.set(count);
  }

  /** Asks again shortly: a burst of events (a message and its thread's read mark) asks once. */
  refreshSoon(delay = 200): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.refresh();
    }, delay);
  }
}

const [getUnread, setUnread] = createContext<UnreadMessages>();

/** The layout that creates the count provides it to the navigation and the pages below. */
export const provideUnreadMessages = setUnread;
export const useUnreadMessages = getUnread;
