import { graphql, useFragment } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { INVOICE } from '$lib/payments';
import { PriceQuote, QUOTE, QuoteTotalsFields } from '$lib/quotes';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';
import { requireRight } from '$lib/contacts';

const QuoteItemFields = graphql(`
  fragment QuoteItemFields on QuoteItem {
    id
    description
    quantity
    unitPriceMinor
    taxRateBp
    totalMinor
  }
`);

const PortalQuote = graphql(`
  query PortalQuote($id: ID!) {
    quote(id: $id) {
      id
      number
      status
      version
      pdfUrl
      title
      intro
      terms
      validUntil
      currency
      sentAt
      approvedAt
      declinedAt
      declineReason
      depositRule {
        kind
        value
      }
      commonItems {
        ...QuoteItemFields
      }
      options {
        id
        name
        description
        items {
          ...QuoteItemFields
        }
        totals {
          totalMinor
        }
      }
      optionalItems {
        ...QuoteItemFields
      }
      selection {
        optionId
        optionalItemIds
      }
      approvedTotals {
        ...QuoteTotalsFields
      }
      nextSteps
      signingRequestId
      depositInvoiceId
      jobId
      convertedProjectId
      threadId
    }
  }
`);

const PortalQuoteDeposit = graphql(`
  query PortalQuoteDeposit($invoiceId: ID!) {
    invoice(id: $invoiceId) {
      id
      number
      status
      currency
      totalMinor
      amountDueMinor
      allowPartialPayment
      canPay
      paymentProcessing
    }
    savedPaymentMethods {
      id
      kind
      brand
      last4
      expMonth
      expYear
    }
  }
`);

const PortalQuoteSigned = graphql(`
  query PortalQuoteSigned($requestId: ID!) {
    signingRequest(id: $requestId) {
      id
      status
      signedAt
      signerName
      signedDocument {
        id
        fileName
        downloadUrl
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'QUOTE', 'INVOICE', 'JOB', 'PROJECT');
  event.depends(QUOTE, INVOICE);
  requireRight((await event.parent()).me.contact, 'invoices');
  const { quote } = await loadQuery(event, PortalQuote, { id: event.params.id });
  // What the page starts with chosen: what was chosen before (signing started), else the first option.
  const selection = {
    optionId: quote.selection?.optionId ?? quote.options[0]?.id ?? null,
    optionalItemIds: quote.selection?.optionalItemIds ?? [],
  };
  const approved = quote.status === 'approved' || quote.status === 'converted';
  const [priced, deposit, signed] = await Promise.all([
    approved && quote.approvedTotals ? null : loadQuery(event, PriceQuote, { id: quote.id, selection }),
    quote.depositInvoiceId ? loadQuery(event, PortalQuoteDeposit, { invoiceId: quote.depositInvoiceId }) : null,
    approved && quote.signingRequestId ? loadQuery(event, PortalQuoteSigned, { requestId: quote.signingRequestId }) : null,
  ]);
  const totals = quote.approvedTotals ?? (priced ? priced.priceQuote : null);
  return {
    quote,
    items: {
      common: quote.commonItems.map((item) => useFragment(QuoteItemFields, item)),
      options: quote.options.map((option) => ({ ...option, items: option.items.map((item) => useFragment(QuoteItemFields, item)) })),
      optional: quote.optionalItems.map((item) => useFragment(QuoteItemFields, item)),
    },
    selection,
    totals: totals ? useFragment(QuoteTotalsFields, totals) : null,
    deposit,
    signed: signed?.signingRequest ?? null,
    justSigned: event.url.searchParams.has('signed'),
  };
};
