// The portal's side of quotes: how each status reads, what the quote page reads of a quote and of
// a selection's price, and the dependency a paid deposit or a signature reloads.
import { graphql } from '$lib/gql';
import type { QuoteStatus } from '$lib/gql/graphql';
import type { MessageKey } from '$lib/i18n';
import type { BadgeTone } from '@portico/web-shared/components/Badge.svelte';

/** Every status a customer can meet (draft is never shown to them, but has a word all the same). */
export const quoteStatus: Record<QuoteStatus, { label: MessageKey; tone: BadgeTone }> = {
  draft: { label: 'quote.status.draft', tone: 'neutral' },
  sent: { label: 'quote.status.sent', tone: 'warning' },
  approved: { label: 'quote.status.approved', tone: 'success' },
  converted: { label: 'quote.status.converted', tone: 'success' },
  declined: { label: 'quote.status.declined', tone: 'neutral' },
  expired: { label: 'quote.status.expired', tone: 'danger' },
  withdrawn: { label: 'quote.status.withdrawn', tone: 'neutral' },
};

export const QuoteTotalsFields = graphql(`
  fragment QuoteTotalsFields on QuoteTotals {
    subtotalMinor
    taxMinor
    totalMinor
    depositMinor
    currency
  }
`);

export const PriceQuote = graphql(`
  query PriceQuote($id: ID!, $selection: QuoteSelectionInput!) {
    priceQuote(id: $id, selection: $selection) {
      ...QuoteTotalsFields
    }
  }
`);

/** The customer's choice in a quote (what priceQuote and startQuoteSigning take). */
export interface QuoteSelection {
  optionId: string | null;
  optionalItemIds: string[];
}

/** The quote page's load depends on it, besides the live QUOTE and INVOICE subjects. */
export const QUOTE = 'portal:quote';
