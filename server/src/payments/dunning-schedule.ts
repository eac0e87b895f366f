// Dunning: when an autopay charge of an invoice fails, it is tried again 1, 3 and 7 days after
// that first failure; after the last retry the invoice is left for the customer to pay (autopay
// stays on for the next invoices) and the office is told.

export const RETRY_AFTER_DAYS = [1, 3, 7] as const;
const DAY_MS = 86_400_000;

/**
 * When the retry after attempt `attempt` (0: the charge on issue) is due, counted from the first
 * failure; null when that was the last retry.
 */
export function nextRetryAt(firstFailureAt: Date, attempt: number): Date | null {
  const days = RETRY_AFTER_DAYS[attempt];
  return days === undefined ? null : new Date(firstFailureAt.getTime() + days * DAY_MS);
}

/** Whether `attempt` was the last one the schedule allows. */
export function isLastAttempt(attempt: number): boolean {
  return attempt >= RETRY_AFTER_DAYS.length;
}
