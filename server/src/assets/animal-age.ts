// An animal's age in whole months on a calendar day: what its card shows ("4 months", "3 years").
import { AssetCategory } from './assets.types.js';

/**
 * Whole months from `bornOn` to `today` (both 'YYYY-MM-DD'); a month is complete on the same day
 * of the month (the last day when the month is shorter). Null for equipment, an unknown birth
 * date or one in the future.
 */
export function animalAgeInMonths(category: AssetCategory, bornOn: string | null, today: string): number | null {
  if (category !== AssetCategory.animal || bornOn === null) return null;
  const [by, bm, bd] = bornOn.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  let months = (ty - by) * 12 + (tm - bm);
  const lastDayOfThisMonth = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  if (td < Math.min(bd, lastDayOfThisMonth)) months -= 1;
  return months < 0 ? null : months;
}
