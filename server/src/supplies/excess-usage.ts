// The excess-usage warning: toner a device ordered over the last days (this order included) is
// worth so many printed pages (units × the item's yield); when that is far beyond what the
// device's meters counted over the same days, the office is warned before approving. Without
// enough readings to know the volume, nothing is said.

/** How far back orders and readings are compared, and how much more than the volume warns. */
export const EXCESS_USAGE_DAYS = 90;
export const EXCESS_USAGE_FACTOR = 1.5;

export interface ReadingPoint {
  meterId: string;
  value: number;
  readAt: Date;
  /** A meter replacement or rollover: the count starts again from this value. */
  resetsCounter: boolean;
}

/**
 * Pages the meters counted since `from`: per meter, the increases between consecutive readings
 * whose later reading is at or after `from` (the last reading before `from` is the baseline).
 * Null when no meter has a baseline and a later reading: the volume is unknown.
 */
export function printedSince(readings: readonly ReadingPoint[], from: Date): number | null {
  const byMeter = new Map<string, ReadingPoint[]>();
  for (const reading of readings) byMeter.set(reading.meterId, [...(byMeter.get(reading.meterId) ?? []), reading]);
  let total = 0;
  let known = false;
  for (const points of byMeter.values()) {
    const sorted = [...points].sort((a, b) => a.readAt.getTime() - b.readAt.getTime());
    const first = sorted.findIndex((p) => p.readAt >= from);
    if (first < 0) continue;
    const start = Math.max(first, 1);
    for (let i = start; i < sorted.length; i++) {
      const previous = sorted[i - 1];
      const current = sorted[i];
      if (!previous || !current) continue;
      known = true;
      total += current.resetsCounter ? current.value : Math.max(0, current.value - previous.value);
    }
  }
  return known ? total : null;
}

export interface ExcessUsage {
  days: number;
  pagesOrdered: number;
  pagesPrinted: number;
  /** pagesOrdered / pagesPrinted to two decimals; null when nothing was printed. */
  ratio: number | null;
}

/** The warning, or null when the toner ordered is within `factor` × the volume (or the volume is unknown). */
export function excessUsage(input: { pagesOrdered: number; pagesPrinted: number | null; days?: number; factor?: number }): ExcessUsage | null {
  const { pagesOrdered, pagesPrinted } = input;
  const factor = input.factor ?? EXCESS_USAGE_FACTOR;
  if (pagesPrinted === null || pagesOrdered <= 0) return null;
  if (pagesOrdered <= pagesPrinted * factor) return null;
  return {
    days: input.days ?? EXCESS_USAGE_DAYS,
    pagesOrdered,
    pagesPrinted,
    ratio: pagesPrinted > 0 ? Math.round((pagesOrdered / pagesPrinted) * 100) / 100 : null,
  };
}
