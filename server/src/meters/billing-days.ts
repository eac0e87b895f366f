// When a device's meter reading is due: its active meter contract closes a period on the contract's
// billing day every `periodMonths` months, counted from the month it starts (the first billing day
// after the start date), and the reading is due in the tenant's `meterReadingWindowDays` before it
// (the billing day included). Calendar days ('YYYY-MM-DD') in the business's time zone.

export interface BillingCycle {
  /** 'YYYY-MM-DD' */
  startsOn: string;
  /** 'YYYY-MM-DD', the last day of the contract; null while open-ended. */
  endsOn: string | null;
  periodMonths: number;
  /** 1–28 */
  billingDay: number;
}

export interface ReadingWindow {
  /** The first day a reading counts for this billing day. */
  from: string;
  /** The billing day itself (the last day of the window). */
  to: string;
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The contract's billing days in order, from its start; stops after `until` or the contract's end. */
function* billingDates(cycle: BillingCycle, until: string): Generator<string> {
  const [startY, startM] = cycle.startsOn.split('-').map(Number) as [number, number];
  const step = Math.max(1, cycle.periodMonths);
  for (let k = 0; k < 12 * 200; k += step) {
    const month0 = startM - 1 + k;
    const date = ymd(startY + Math.floor(month0 / 12), (month0 % 12) + 1, cycle.billingDay);
    if (date <= cycle.startsOn) continue;
    if (cycle.endsOn && date > cycle.endsOn) return;
    yield date;
    if (date >= until) return;
  }
}

/** The first billing day on or after `today`, or null when the contract ends before one. */
export function nextBillingDate(cycle: BillingCycle, today: string): string | null {
  for (const date of billingDates(cycle, today)) if (date >= today) return date;
  return null;
}

/** The last billing day before `today` (a period that has closed), or null before the first. */
export function lastBillingDateBefore(cycle: BillingCycle, today: string): string | null {
  let last: string | null = null;
  for (const date of billingDates(cycle, today)) {
    if (date >= today) break;
    last = date;
  }
  return last;
}

/** The days a reading counts for a billing day: `windowDays` before it, and the day itself. */
export function readingWindow(billingDate: string, windowDays: number): ReadingWindow {
  const [y, m, d] = billingDate.split('-').map(Number) as [number, number, number];
  const from = new Date(Date.UTC(y, m - 1, d - windowDays));
  return { from: from.toISOString().slice(0, 10), to: billingDate };
}

/** The billing day a reading is due for today (its window is open), or null outside any window. */
export function readingDueFor(cycle: BillingCycle, today: string, windowDays: number): string | null {
  const next = nextBillingDate(cycle, today);
  if (!next) return null;
  return readingWindow(next, windowDays).from <= today ? next : null;
}
