// The navigation's counts for an equipment dealer's office: readings waiting for review and supply
// orders nobody has handled yet. No answer to a write carries them: a page that changes one reads
// them again through this dependency of the staff layout.
import { invalidate } from '$app/navigation';

export const DEALER_COUNTS = 'admin:dealer-counts';

/** After a reading was reviewed, recorded or corrected. */
export function recountReadings(): Promise<void> {
  return invalidate(DEALER_COUNTS);
}

/** After a supply order moved on. */
export function recountSupplies(): Promise<void> {
  return invalidate(DEALER_COUNTS);
}

/** What a count of up to `max` items shows: the number, or "99+" when there are more. */
export function countText(count: number, more: boolean): string {
  return more ? `${count}+` : String(count);
}

import type { MeterReadingSource, MeterReadingStatus } from '$lib/gql/graphql';

export function readingTone(status: MeterReadingStatus): 'neutral' | 'info' | 'success' | 'warning' | 'danger' {
  switch (status) {
    case 'FLAGGED':
      return 'warning';
    case 'APPROVED':
    case 'ACCEPTED':
      return 'success';
    case 'REJECTED':
      return 'danger';
    default:
      return 'neutral';
  }
}

export function sourceTone(source: MeterReadingSource): 'neutral' | 'info' {
  return source === 'ESTIMATE' ? 'neutral' : 'info';
}

/**
 * How far a reading is from what was expected, in units and as a share of the volume expected since
 * the previous reading that counts (`previous`): +140 % means 2.4 times the expected volume. Null
 * without an expectation; the share is null when no volume was expected.
 */
export function readingDifference(value: number, expected: number | null | undefined, previous: number | null | undefined): { units: number; percent: number | null } | null {
  if (expected === null || expected === undefined) return null;
  const units = value - expected;
  const expectedVolume = previous === null || previous === undefined ? null : expected - previous;
  const percent = expectedVolume !== null && expectedVolume > 0 ? Math.round((units / expectedVolume) * 100) : null;
  return { units, percent };
}

/** A device's page depends on it: a reading recorded or corrected changes the period's usage too. */
export const DEVICE = 'admin:device';

export const METER_KINDS = ['BLACK', 'COLOUR', 'SCAN', 'LARGE_FORMAT', 'OTHER'] as const;
