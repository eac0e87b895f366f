// When a conversation counts as read: when it is open in a page the person can see, on opening
// and again as new messages arrive. Both apps' thread pages use it with their own mutation.
import { onMount } from 'svelte';

export interface ThreadReadState {
  /** The newest message shown; undefined while there is none. */
  newestId: string | undefined;
  unreadCount: number;
}

/**
 * Calls `mark` once per newest message while the page is visible and the thread has unread
 * messages: the mark's own live event reloads the thread (unreadCount 0 then), so it does not
 * repeat. Call it during a component's initialisation.
 */
export function markReadWhenSeen(state: () => ThreadReadState, mark: () => Promise<unknown>): void {
  let visible = $state(false);
  let markedAt: string | undefined;
  onMount(() => {
    const seen = () => (visible = document.visibilityState === 'visible');
    seen();
    document.addEventListener('visibilitychange', seen);
    return () => {
      document.removeEventListener('visibilitychange', seen);
    };
  });

  $effect(() => {
    const { newestId, unreadCount } = state();
    if (!visible || unreadCount === 0 || !newestId || markedAt === newestId) return;
    markedAt = newestId;
    void mark();
  });
}
