import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { INVOICE, invoiceDetail } from '$lib/invoices';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const InvoiceDetail = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      ...InvoiceDetailFields
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'INVOICE');
  event.depends(INVOICE);
  const { invoice } = await loadQuery(event, InvoiceDetail, { id: event.params.id });
  return { invoice: invoiceDetail(invoice) };
};
