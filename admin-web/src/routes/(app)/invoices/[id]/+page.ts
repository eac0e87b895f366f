import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { INVOICE, invoiceDetail } from '$lib/invoices';
import type { PageLoad } from './$types';

const InvoiceDetail = graphql(`
  query InvoiceDetail($id: ID!) {
    invoice(id: $id) {
      ...InvoiceDetailFields
    }
  }
`);

export const load: PageLoad = async (event) => {
  event.depends(INVOICE);
  const { invoice } = await loadQuery(event, InvoiceDetail, { id: event.params.id });
  return { invoice: invoiceDetail(invoice) };
};
