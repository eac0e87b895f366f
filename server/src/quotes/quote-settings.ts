// The business's quote settings (updateTenantSettings): the number format (checked by the
// invoices' format check, which the settings pass in), what an approved quote becomes, the default validity and terms.
import { BadInput } from '../errors/errors.js';
import type { QuoteConversion } from '../generated/prisma/enums.js';

export const QUOTE_VALIDITY_DAYS = { min: 1, max: 365 } as const;
const MAX_TERMS = 10_000;

export interface QuoteSettingsInput {
  quoteNumberFormat?: string | null;
  quoteConversion?: QuoteConversion | null;
  quoteValidityDays?: number | null;
  quoteDefaultTerms?: string | null;
}

/** The tenant update for the quote settings given: nothing for those left out. */
export function quoteSettingsUpdate(
  input: QuoteSettingsInput,
  formatProblem: (format: string) => string | null,
): {
  quoteNumberFormat?: string;
  quoteConversion?: QuoteConversion;
  quoteValidityDays?: number;
  quoteDefaultTerms?: string | null;
} {
  const data: ReturnType<typeof quoteSettingsUpdate> = {};
  if (input.quoteNumberFormat != null) {
    const format = input.quoteNumberFormat.trim();
    const problem = formatProblem(format);
    if (problem) throw new BadInput('quoteNumberFormat', problem.replaceAll('invoice number format', 'quote number format'), 'INVALID_QUOTE_NUMBER_FORMAT');
    data.quoteNumberFormat = format;
  }
  if (input.quoteConversion != null) data.quoteConversion = input.quoteConversion;
  if (input.quoteValidityDays != null) {
    const days = input.quoteValidityDays;
    if (!Number.isInteger(days) || days < QUOTE_VALIDITY_DAYS.min || days > QUOTE_VALIDITY_DAYS.max) {
      throw new BadInput('quoteValidityDays', `Choose between ${QUOTE_VALIDITY_DAYS.min} and ${QUOTE_VALIDITY_DAYS.max} days.`, 'OUT_OF_RANGE');
    }
    data.quoteValidityDays = days;
  }
  if (input.quoteDefaultTerms !== undefined) {
    const terms = input.quoteDefaultTerms?.trim() ?? '';
    if (terms.length > MAX_TERMS) throw new BadInput('quoteDefaultTerms', `Keep the terms under ${MAX_TERMS} characters.`, 'TOO_LONG');
    data.quoteDefaultTerms = terms || null;
  }
  return data;
}
