// A quote's totals while staff build it: each option's total is the common lines plus that option's
// lines (add-ons are shown apart: the customer ticks them), and the deposit follows the rule.
// The API computes the same (rounded per line like invoices); these are shown while typing.
import { draftTotals, type DraftLine } from '$lib/invoices';

export type DepositKind = 'NONE' | 'PERCENT' | 'FIXED';

export interface Totals {
  subtotal: number;
  tax: number;
  total: number;
}

/** The deposit asked on a total: a percentage in basis points (rounded half up) or a fixed amount (never more than the total). */
export function depositOf(total: number, kind: DepositKind, value: number): number {
  if (kind === 'PERCENT') return Math.round((total * value) / 10000);
  if (kind === 'FIXED') return Math.min(value, total);
  return 0;
}

export interface OptionTotals extends Totals {
  deposit: number;
}

/** The totals of one choice: the common lines and one option's lines (none when the quote has no options). */
export function choiceTotals(common: DraftLine[], option: DraftLine[], kind: DepositKind, value: number): OptionTotals {
  const totals = draftTotals([...common, ...option]);
  return { ...totals, deposit: depositOf(totals.total, kind, value) };
}
