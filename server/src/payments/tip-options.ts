// Tips: what the portal offers when paying an invoice for a completed job (presets in percent of
// the invoice total, and a custom amount up to a cap), and the checks of what is chosen.
import { BadInput } from '../errors/errors.js';

/** A tip above the invoice's total is refused: a slip of the finger, not generosity. */
export const MAX_TIP_PERCENT = 100;

export interface TipOffer {
  currency: string;
  baseMinor: number;
  presets: { percent: number; amountMinor: number }[];
  maxTipMinor: number;
}

/** The business's preset percentages: 1 to 4 distinct whole numbers from 1 to 100, kept in order. */
export function checkedTipPresets(values: number[]): number[] {
  const ok = values.length >= 1 && values.length <= 4 && values.every((v) => Number.isInteger(v) && v >= 1 && v <= 100) && new Set(values).size === values.length;
  if (!ok) throw new BadInput('tipPresetsPercent', 'Give 1 to 4 different whole percentages between 1 and 100.', 'TIP_PRESETS_INVALID');
  return [...values].sort((a, b) => a - b);
}

export interface TipContext {
  tipsEnabled: boolean;
  presetsPercent: number[];
  /** The invoice bills a job that is completed. */
  jobCompleted: boolean;
  totalMinor: number;
  amountDueMinor: number;
  currency: string;
}

/** The offer, or null: tips off, the invoice is not for a completed job, or nothing is due. */
export function tipOffer(c: TipContext): TipOffer | null {
  if (!c.tipsEnabled || !c.jobCompleted || c.amountDueMinor <= 0 || c.totalMinor <= 0) return null;
  return {
    currency: c.currency,
    baseMinor: c.totalMinor,
    presets: c.presetsPercent.map((percent) => ({ percent, amountMinor: Math.round((c.totalMinor * percent) / 100) })),
    maxTipMinor: Math.floor((c.totalMinor * MAX_TIP_PERCENT) / 100),
  };
}

/** The tip asked for, checked against the offer: 0 when none. */
export function checkedTip(tipMinor: number | null | undefined, offer: TipOffer | null): number {
  if (tipMinor == null || tipMinor === 0) return 0;
  if (!Number.isInteger(tipMinor) || tipMinor < 0) throw new BadInput('tipMinor', 'Enter a tip of zero or more.', 'TIP_INVALID');
  if (!offer) throw new BadInput('tipMinor', 'Tips are not offered on this invoice.', 'TIP_NOT_OFFERED');
  if (tipMinor > offer.maxTipMinor) throw new BadInput('tipMinor', 'This tip is larger than the invoice itself. Check the amount.', 'TIP_TOO_LARGE');
  return tipMinor;
}
