import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { INVOICE } from '$lib/payments';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';
import { requireRight } from '$lib/contacts';

const PortalInvoice = graphql(`
  query PortalInvoice($id: ID!) {
    invoice(id: $id) {
      id
      number
      status
      issueDate
      dueDate
      currency
      subtotalMinor
      taxMinor
      totalMinor
      amountDueMinor
      paidMinor
      refundedMinor
      creditedMinor
      refundState
      creditNotes {
        id
        number
        amountMinor
        reason
        issuedAt
        pdfUrl
      }
      recurringLabel
      pdfUrl
      canPay
      allowPartialPayment
      paymentProcessing
      tipOptions {
        currency
        baseMinor
        maxTipMinor
        presets {
          percent
          amountMinor
        }
      }
      autopay {
        state
        attempts
        lastFailureReason
        nextRetryAt
      }
      payments {
        id
        status
        amountMinor
        refundedMinor
        currency
        method
        cardBrand
        last4
        failureReason
        createdAt
        receiptUrl
        tipMinor
      }
      lines {
        id
        description
        quantity
        unitPriceMinor
        taxRateBp
        totalMinor
      }
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

export const load: PageLoad = async (event) => {
  liveDepends(event, 'INVOICE');
  event.depends(INVOICE);
  const { tenant, me } = await event.parent();
  if (!tenant.features.invoices) error(404, { message: 'Invoices are off', code: 'NOT_FOUND' });
  requireRight(me.contact, 'invoices');
  const { invoice, savedPaymentMethods } = await loadQuery(event, PortalInvoice, { id: event.params.id });
  return { invoice, savedPaymentMethods };
};
