// What a meter's readings mean for the period running now: the volume since the period opened,
// the included volume left, and — at the pace since the opening reading — the volume, overage and
// overage amount by the period's close. Without a reading since the opening one, the pace is the
// previous period's (or none). The contract's estimated charge is periodCharge of the projections.
import { meterCharge, type MeterRate } from './meter-charge.js';

const DAY_MS = 86_400_000;

export interface ReadingPoint {
  value: number;
  at: Date;
}

export interface ProjectionInput {
  /** The reading the period opened with (the previous closing one); null before any reading. */
  opening: ReadingPoint | null;
  /** The latest reading that counts (or the one about to be submitted); null before any. */
  latest: ReadingPoint | null;
  /** The volume counted since the opening reading (resets accounted for): periodVolume. */
  volumeSoFar: number;
  closesAt: Date;
  /** Units a day when no reading of this period gives a pace (the previous period's), or null. */
  fallbackDailyVolume: number | null;
  rate: MeterRate;
}

export interface MeterProjection {
  volumeThisPeriod: number;
  allowanceLeft: number;
  projectedVolume: number;
  projectedOverageVolume: number;
  projectedOverageMinor: number;
}

export function projectUsage(input: ProjectionInput): MeterProjection {
  const volumeThisPeriod = Math.max(0, input.volumeSoFar);
  const allowanceLeft = Math.max(0, input.rate.includedVolume - volumeThisPeriod);
  const projectedVolume = volumeThisPeriod + remainingVolume(input);
  const charge = meterCharge(projectedVolume, input.rate);
  return { volumeThisPeriod, allowanceLeft, projectedVolume, projectedOverageVolume: charge.overageVolume, projectedOverageMinor: charge.amountMinor };
}

/** Units still to come by the close, at the pace since the opening reading (at least a day of it). */
function remainingVolume(input: ProjectionInput): number {
  const { opening, latest, closesAt } = input;
  if (!latest) return 0;
  const left = Math.max(0, closesAt.getTime() - latest.at.getTime());
  const measured = opening ? latest.at.getTime() - opening.at.getTime() : 0;
  const daily = measured >= DAY_MS ? Math.max(0, input.volumeSoFar) / (measured / DAY_MS) : input.fallbackDailyVolume;
  return daily === null ? 0 : Math.round((daily * left) / DAY_MS);
}
