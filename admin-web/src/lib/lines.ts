// Line items as staff type them (invoices, quotes): the text of each field, what it parses to, and
// which fields do not parse. The API computes the same totals; these are shown while typing.
import { parseMoney } from '@portico/web-shared/format';
import { amountText, parsePercentBp, percentText, type DraftLine } from '$lib/invoices';

export interface LineText {
  key: number;
  description: string;
  quantity: string;
  price: string;
  tax: string;
}

export interface ParsedLine {
  value: DraftLine | null;
  price: boolean;
  quantity: boolean;
  tax: boolean;
}

let nextKey = 0;

/** An empty line, with the tax of the line before it (most lines share one rate). */
export function blankLine(tax = '0'): LineText {
  return { key: nextKey++, description: '', quantity: '1', price: '', tax };
}

/** A saved line as editable text. */
export function lineText(currency: string, line: DraftLine): LineText {
  return { key: nextKey++, description: line.description, quantity: String(line.quantity), price: amountText(currency, line.unitPriceMinor), tax: percentText(line.taxRateBp) };
}

export function parseLine(currency: string, line: LineText): ParsedLine {
  const unitPriceMinor = parseMoney(currency, line.price);
  const quantity = /^\d{1,6}$/.test(line.quantity.trim()) ? Number(line.quantity) : null;
  const taxRateBp = parsePercentBp(line.tax);
  const ok = unitPriceMinor !== null && quantity !== null && quantity > 0 && taxRateBp !== null;
  return {
    value: ok ? { description: line.description.trim(), quantity, unitPriceMinor, taxRateBp } : null,
    price: unitPriceMinor === null && line.price.trim() !== '',
    quantity: quantity === null || quantity === 0,
    tax: taxRateBp === null,
  };
}

/** The lines that parse (for totals while typing). */
export function parsedLines(currency: string, lines: LineText[]): DraftLine[] {
  return lines.map((l) => parseLine(currency, l).value).filter((l): l is DraftLine => l !== null);
}

/** Every line, or null when one does not parse or has no description. */
export function completeLines(currency: string, lines: LineText[]): DraftLine[] | null {
  const all = lines.map((l) => parseLine(currency, l).value);
  return all.some((l) => l === null || l.description === '') ? null : (all as DraftLine[]);
}
