// The contract period an order falls in, for the supply allowance (units per period). Periods end
// on the contract's billing day every `periodMonths` months; the first runs from the start date to
// the billing day `periodMonths` months later. Calendar days (YYYY-MM-DD) in the business's zone.
// Stop-gap until meter billing's period rule (server/src/meter-billing/) is merged: then this
// delegates to it, so supplies and invoices agree on where a period starts.

export interface ContractTerms {
  /** YYYY-MM-DD. */
  startsOn: string;
  periodMonths: number;
  /** 1–28. */
  billingDay: number;
}

/** `[start, end)`: the period containing `today`, end exclusive; null before the contract starts. */
export function contractPeriodOn(terms: ContractTerms, today: string): { start: string; end: string } | null {
  if (today < terms.startsOn) return null;
  const [y, m] = terms.startsOn.split('-').map(Number) as [number, number];
  let start = terms.startsOn;
  let months = y * 12 + (m - 1) + terms.periodMonths;
  let end = dayOf(months, terms.billingDay);
  while (end <= today) {
    start = end;
    months += terms.periodMonths;
    end = dayOf(months, terms.billingDay);
  }
  return { start, end };
}

function dayOf(months: number, day: number): string {
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
