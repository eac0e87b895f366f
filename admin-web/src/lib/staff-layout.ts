// What the staff pages' layout loads (who is signed in, their business's zone and currency, what
// waits in the requests inbox) is read again only when it may have changed: these are its dependencies.
import { invalidate } from '$app/navigation';

/**
 * The count on the navigation of what waits in the requests inbox: the server counts it across
 * requests and appointment requests, and no answer to a write carries it.
 */
export const ATTENTION = 'admin:attention';

/** The business's zone and currency, which every staff page dates and prices in. */
export const BUSINESS = 'admin:business';

/** After a request was handled: the navigation's count, and nothing else. */
export function recountAttention(): Promise<void> {
  return invalidate(ATTENTION);
}
