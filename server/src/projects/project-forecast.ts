// When a project is now expected to end: the target end date agreed in the contract, moved by
// every delay reported. Delays are counted in calendar days, weekends included: a contractor
// reports "the permit took 10 more days", the customer reads the date moved by 10 days, and the
// two agree without a working-day calendar neither of them sees. Time on hold moves nothing by
// itself: a hold that pushes the end is reported as a delay with its cause, so the customer is
// told why and by how much (an open-ended hold has no number of days to add).

export interface DelayDays {
  days: number;
}

export function delayDays(delays: readonly DelayDays[]): number {
  return delays.reduce((sum, delay) => sum + delay.days, 0);
}

/** targetEnd (YYYY-MM-DD) plus the days of every delay, as YYYY-MM-DD. */
export function forecastEndDate(targetEnd: string, delays: readonly DelayDays[]): string {
  const date = new Date(`${targetEnd}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + delayDays(delays));
  return date.toISOString().slice(0, 10);
}
