// What a period of a meter contract costs: per meter, the volume beyond the included one priced
// by cumulative overage bands (rates per 1,000 units, so a meter's amount is rounded once, half
// up, to a minor unit); per contract, the base charge plus the overage, topped up to the minimum.
export interface RateTier {
  /** Cumulative overage volume this band ends at; null: unbounded (the last band). */
  upTo: number | null;
  rateMinorPerThousand: number;
}

export interface MeterRate {
  includedVolume: number;
  tiers: RateTier[];
}

export interface BandCharge {
  volume: number;
  rateMinorPerThousand: number;
}

export interface MeterCharge {
  volume: number;
  includedVolume: number;
  /** Of the included volume, what the period used. */
  usedIncluded: number;
  overageVolume: number;
  /** The overage split over the bands it reached, in order. */
  bands: BandCharge[];
  /** Overage amount in minor units, before tax. */
  amountMinor: number;
}

/** n / d rounded half up, for n ≥ 0 and d > 0, in integers. */
export function divideRoundingHalfUp(n: number, d: number): number {
  return Math.floor((2 * n + d) / (2 * d));
}

/** Why a tier list is not usable, or null: bands end strictly increasing, only the last open. */
export function tierProblem(tiers: RateTier[]): string | null {
  let previous = 0;
  for (const [index, tier] of tiers.entries()) {
    const last = index === tiers.length - 1;
    if (tier.upTo === null) {
      if (!last) return 'Only the last band may be open-ended.';
      continue;
    }
    if (last) return 'The last band must be open-ended (no upper volume).';
    if (tier.upTo <= previous) return 'Each band must end above the one before.';
    previous = tier.upTo;
  }
  return null;
}

export function meterCharge(volume: number, rate: MeterRate): MeterCharge {
  const counted = Math.max(0, volume);
  const overageVolume = Math.max(0, counted - rate.includedVolume);
  const bands: BandCharge[] = [];
  let placed = 0;
  // Integer products: 2 billion units × a rate stays far under 2^53.
  let thousandths = 0;
  for (const tier of rate.tiers) {
    if (placed >= overageVolume) break;
    const end = tier.upTo === null ? overageVolume : Math.min(tier.upTo, overageVolume);
    const inBand = end - placed;
    if (inBand <= 0) continue;
    bands.push({ volume: inBand, rateMinorPerThousand: tier.rateMinorPerThousand });
    thousandths += inBand * tier.rateMinorPerThousand;
    placed = end;
  }
  return {
    volume: counted,
    includedVolume: rate.includedVolume,
    usedIncluded: Math.min(counted, rate.includedVolume),
    overageVolume,
    bands,
    amountMinor: divideRoundingHalfUp(thousandths, 1000),
  };
}

export interface ContractTerms {
  baseChargeMinor: number;
  minimumMinor: number;
}

export interface PeriodCharge {
  baseMinor: number;
  overageMinor: number;
  /** What makes base + overage reach the minimum; 0 when they do already. */
  minimumTopUpMinor: number;
  /** base + overage + top-up, before tax. */
  totalMinor: number;
}

/** A contract's period: the base charge and its meters' overage amounts, at least the minimum. */
export function periodCharge(terms: ContractTerms, overageAmounts: number[]): PeriodCharge {
  const overageMinor = overageAmounts.reduce((sum, amount) => sum + amount, 0);
  const usage = terms.baseChargeMinor + overageMinor;
  const minimumTopUpMinor = Math.max(0, terms.minimumMinor - usage);
  return { baseMinor: terms.baseChargeMinor, overageMinor, minimumTopUpMinor, totalMinor: usage + minimumTopUpMinor };
}
