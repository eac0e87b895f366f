// What a customer's selection of a quote costs: the common items, the one option chosen (when the
// quote has options) and the add-ons ticked; tax per line as on invoices (invoiceTotals, rounded
// half up per line), and the deposit the rule asks of the total. Integer minor units only.
import { invoiceTotals, type LineAmounts } from '../invoices/invoice-numbers.js';
import { BadInput } from '../errors/errors.js';

export type DepositKind = 'NONE' | 'PERCENT' | 'FIXED';

export interface DepositRule {
  kind: DepositKind;
  /** PERCENT: basis points (2500 = 25 %); FIXED: minor units; NONE: 0. */
  value: number;
}

export interface PricedItem extends LineAmounts {
  id: string;
  kind: 'COMMON' | 'OPTION' | 'OPTIONAL';
  optionId: string | null;
}

export interface QuoteContent {
  items: PricedItem[];
  optionIds: string[];
  deposit: DepositRule;
}

export interface Selection {
  optionId?: string | null;
  optionalItemIds?: readonly string[];
}

export interface SelectionTotals {
  subtotalMinor: number;
  taxMinor: number;
  totalMinor: number;
  depositMinor: number;
}

/**
 * The deposit a rule asks of a total: a percentage rounded half up, a fixed amount capped at the
 * total (a deposit is never more than what is bought).
 */
export function depositFor(rule: DepositRule, totalMinor: number): number {
  if (totalMinor <= 0) return 0;
  switch (rule.kind) {
    case 'NONE':
      return 0;
    case 'PERCENT':
      return Math.min(totalMinor, Math.floor((totalMinor * rule.value + 5_000) / 10_000));
    case 'FIXED':
      return Math.min(totalMinor, rule.value);
  }
}

/** The items a selection takes, checked: exactly one option when there are options, add-ons of this quote only. */
export function selectedItems(content: QuoteContent, selection: Selection): PricedItem[] {
  const optionId = selection.optionId ?? null;
  if (content.optionIds.length > 0) {
    if (!optionId) throw new BadInput('selection.optionId', 'Choose one of the options.', 'OPTION_REQUIRED');
    if (!content.optionIds.includes(optionId)) throw new BadInput('selection.optionId', 'This option is not one of this quote’s.', 'NOT_QUOTE_OPTION');
  } else if (optionId) {
    throw new BadInput('selection.optionId', 'This quote has no options to choose from.', 'NOT_QUOTE_OPTION');
  }
  const ticked = new Set(selection.optionalItemIds ?? []);
  const optional = new Set(content.items.filter((i) => i.kind === 'OPTIONAL').map((i) => i.id));
  for (const id of ticked) {
    if (!optional.has(id)) throw new BadInput('selection.optionalItemIds', 'This add-on is not one of this quote’s.', 'NOT_QUOTE_ADD_ON');
  }
  return content.items.filter((i) => i.kind === 'COMMON' || (i.kind === 'OPTION' && i.optionId === optionId) || (i.kind === 'OPTIONAL' && ticked.has(i.id)));
}

/** Subtotal, tax, total and deposit of a selection. */
export function priceSelection(content: QuoteContent, selection: Selection): SelectionTotals {
  return totalsOf(selectedItems(content, selection), content.deposit);
}

/** Subtotal, tax, total and deposit of some lines. */
export function totalsOf(lines: LineAmounts[], deposit: DepositRule): SelectionTotals {
  const { subtotalMinor, taxMinor, totalMinor } = invoiceTotals(lines);
  return { subtotalMinor, taxMinor, totalMinor, depositMinor: depositFor(deposit, totalMinor) };
}
