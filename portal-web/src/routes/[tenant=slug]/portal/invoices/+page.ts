import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { InvoiceStatus } from '$lib/gql/graphql';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';
import { requireRight } from '$lib/contacts';

const PortalInvoices = graphql(`
  query PortalInvoices($status: InvoiceStatus, $after: String) {
    invoices(status: $status, first: 20, after: $after) {
      nodes {
        id
        number
        status
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

const filters: readonly InvoiceStatus[] = ['unpaid', 'partially_paid', 'overdue', 'paid'];

export const load: PageLoad = async (event) => {
  liveDepends(event, 'INVOICE');
  const { tenant, me } = await event.parent();
  if (!tenant.features.invoices) error(404, { message: 'Invoices are off', code: 'NOT_FOUND' });
  requireRight(me.contact, 'invoices');
  const asked = event.url.searchParams.get('status');
  const status = filters.find((s) => s === asked) ?? null;
  const { invoices } = await loadQuery(event, PortalInvoices, { status, after: event.url.searchParams.get('after') });
  return { invoices, status, filters };
};
