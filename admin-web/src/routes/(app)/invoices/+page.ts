import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { INVOICE_STATUSES as STATUSES } from '$lib/invoices';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const InvoiceList = graphql(`
  query InvoiceList($status: InvoiceStatus, $after: String) {
    invoices(status: $status, first: 25, after: $after) {
      nodes {
        id
        number
        status
        customerId
        customerName
        issueDate
        dueDate
        totalMinor
        amountDueMinor
        currency
        recurringLabel
        paymentProcessing
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'INVOICE');
  const asked = event.url.searchParams.get('status');
  const status = STATUSES.find((s) => s === asked) ?? null;
  const after = event.url.searchParams.get('after') || null;
  const { invoices } = await loadQuery(event, InvoiceList, { status, after });
  return { invoices, status, paged: after !== null };
};
