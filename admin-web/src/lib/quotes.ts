// Quotes as the admin screens show them: statuses, their colours, and the content the builder edits.
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { QuoteDetailFieldsFragment, QuoteVersionFieldsFragment } from '$lib/gql/graphql';
import type { DraftLine } from '$lib/invoices';
import type { DepositKind } from '$lib/quote-math';

export const QUOTE_STATUSES = ['draft', 'sent', 'approved', 'converted', 'declined', 'expired', 'withdrawn'] as const;
export type QuoteStatusName = (typeof QUOTE_STATUSES)[number];

export function quoteTone(status: QuoteStatusName): 'neutral' | 'info' | 'success' | 'warning' | 'danger' {
  switch (status) {
    case 'approved':
    case 'converted':
      return 'success';
    case 'sent':
      return 'info';
    case 'declined':
      return 'danger';
    case 'expired':
      return 'warning';
    default:
      return 'neutral';
  }
}

/** A quote's content as the builder edits it (the shape of the API's QuoteContentInput). */
export interface QuoteContent {
  title: string;
  intro: string | null;
  terms: string | null;
  /** YYYY-MM-DD; empty: the business's default validity. */
  validUntil: string;
  depositKind: DepositKind;
  depositValue: number;
  common: DraftLine[];
  options: { name: string; description: string | null; lines: DraftLine[] }[];
  addons: DraftLine[];
}

/** The fields the API may complain about, shown next to them. */
export type QuoteField = 'title' | 'intro' | 'terms' | 'validUntil' | 'depositRule' | 'commonItems' | 'options' | 'optionalItems' | 'customerId';
export const QUOTE_FIELDS: readonly QuoteField[] = ['title', 'intro', 'terms', 'validUntil', 'depositRule', 'commonItems', 'options', 'optionalItems', 'customerId'];

const item = (l: DraftLine) => ({ description: l.description, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, taxRateBp: l.taxRateBp });

/** The builder's content as the API's QuoteContentInput. */
export function contentInput(content: QuoteContent) {
  return {
    title: content.title,
    intro: content.intro,
    terms: content.terms,
    validUntil: content.validUntil || null,
    depositRule: content.depositKind === 'NONE' ? null : { kind: content.depositKind, value: content.depositValue },
    commonItems: content.common.map(item),
    options: content.options.map((o) => ({ name: o.name, description: o.description, items: o.lines.map(item) })),
    optionalItems: content.addons.map(item),
  };
}

interface VersionLike {
  title: string;
  intro?: string | null;
  terms?: string | null;
  validUntil: string;
  depositRule: { kind: DepositKind; value: number };
  commonItems: DraftLine[];
  options: { name: string; description?: string | null; items: DraftLine[] }[];
  optionalItems: DraftLine[];
}

/** A saved version as the builder's starting content. */
export function contentOf(version: VersionLike): QuoteContent {
  return {
    title: version.title,
    intro: version.intro ?? null,
    terms: version.terms ?? null,
    validUntil: version.validUntil,
    depositKind: version.depositRule.kind,
    depositValue: version.depositRule.value,
    common: version.commonItems,
    options: version.options.map((o) => ({ name: o.name, description: o.description ?? null, lines: o.items })),
    addons: version.optionalItems,
  };
}

/** The quote page's load depends on it: a write whose answer does not carry everything reads it again. */
export const QUOTE = 'admin:quote';

export const QuoteVersionFields = graphql(`
  fragment QuoteVersionFields on QuoteVersion {
    id
    version
    title
    intro
    terms
    validUntil
    sentAt
    depositRule {
      kind
      value
    }
    commonItems {
      id
      description
      quantity
      unitPriceMinor
      taxRateBp
      totalMinor
    }
    options {
      id
      name
      description
      items {
        id
        description
        quantity
        unitPriceMinor
        taxRateBp
        totalMinor
      }
      totals {
        subtotalMinor
        taxMinor
        totalMinor
        depositMinor
      }
    }
    optionalItems {
      id
      description
      quantity
      unitPriceMinor
      taxRateBp
      totalMinor
    }
  }
`);

/**
 * A quote as its page shows it. The page loads it, and every write on the page (save, send, revise,
 * withdraw, convert) answers with it.
 */
export const QuoteDetailFields = graphql(`
  fragment QuoteDetailFields on AdminQuote {
    pdfUrl
    id
    number
    status
    nextStates
    currency
    customer {
      id
      name
      email
    }
    createdAt
    sentAt
    approvedAt
    declinedAt
    declineReason
    withdrawnAt
    convertedAt
    currentVersion
    sentVersion
    selection {
      optionId
      optionalItemIds
    }
    approvedTotals {
      subtotalMinor
      taxMinor
      totalMinor
      depositMinor
    }
    signingRequestId
    signedDocumentId
    depositInvoiceId
    jobId
    convertedProjectId
    threadId
    current {
      ...QuoteVersionFields
    }
    versions {
      ...QuoteVersionFields
    }
  }
`);

// Nested fragments count as levels of the API's depth limit: the items are spelled out in QuoteVersionFields.
export type QuoteDetail = Omit<QuoteDetailFieldsFragment, 'current' | 'versions'> & { current: QuoteVersionView; versions: QuoteVersionView[] };
export type QuoteVersionView = QuoteVersionFieldsFragment;

export function quoteDetail(quote: FragmentType<typeof QuoteDetailFields>): QuoteDetail {
  const q = useFragment(QuoteDetailFields, quote);
  return { ...q, current: useFragment(QuoteVersionFields, q.current), versions: q.versions.map((v) => useFragment(QuoteVersionFields, v)) };
}
