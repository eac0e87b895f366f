// A period's volume from its readings, and the true-up of an estimate. The volume of a period is
// its closing reading less the one the period opened with (the previous closing reading, which
// may have been an estimate); a reading that restarts the counter (a replaced meter) starts a new
// count. When the actual reading comes in below the estimate the previous period was billed on,
// the previous period is re-rated at the actual reading and the difference is credited on this
// period's invoice; this period then bills no volume and the next opens at the actual reading.
// (Carrying the over-estimate forward instead would let it disappear into a later period's
// included volume: the customer would have paid overage for pages they never printed.)
import { meterCharge, type MeterRate } from './meter-charge.js';

export interface CountingReading {
  value: number;
  /** A new meter or a rollover: the count starts again from this value. */
  resetsCounter: boolean;
}

/** Units counted from `opening` through the readings in order; negative when the count went back. */
export function periodVolume(opening: number, readings: CountingReading[]): number {
  let volume = 0;
  let previous = opening;
  for (const reading of readings) {
    if (!reading.resetsCounter) volume += reading.value - previous;
    previous = reading.value;
  }
  return volume;
}

export interface BilledBefore {
  /** The previous period closed on an estimate. */
  estimated: boolean;
  /** The volume it billed and the overage amount that came to (minor units). */
  volume: number;
  amountMinor: number;
}

export interface TrueUp {
  /** The volume this period bills (never negative). */
  volume: number;
  /** Overage given back for the previous period's over-estimate (minor units, before tax). */
  creditMinor: number;
}

/**
 * `volume` is the raw period volume (closing − opening). A negative one after an estimate re-rates
 * the previous period at what the meter actually counted; after an actual reading (a count that
 * went back without a reset) nothing is credited and nothing billed.
 */
export function trueUp(volume: number, previous: BilledBefore | null, rate: MeterRate): TrueUp {
  if (volume >= 0) return { volume, creditMinor: 0 };
  if (!previous?.estimated) return { volume: 0, creditMinor: 0 };
  const actual = meterCharge(Math.max(0, previous.volume + volume), rate);
  return { volume: 0, creditMinor: Math.max(0, previous.amountMinor - actual.amountMinor) };
}
