import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const InvoiceCustomer = graphql(`
  query InvoiceCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
      email
    }
  }
`);

const InvoiceCustomerSearch = graphql(`
  query InvoiceCustomerSearch($search: String) {
    customers(search: $search, first: 20) {
      nodes {
        id
        name
        email
      }
    }
  }
`);

/** With `?customer=` the editor for that customer; otherwise a customer to pick first (`?q=` searches). */
export const load: PageLoad = async (event) => {
  const customerId = event.url.searchParams.get('customer');
  if (customerId) {
    const { customer } = await loadQuery(event, InvoiceCustomer, { id: customerId });
    return { customer, candidates: null, search: null };
  }
  const search = event.url.searchParams.get('q')?.trim() || null;
  const { customers } = await loadQuery(event, InvoiceCustomerSearch, { search });
  return { customer: null, candidates: customers.nodes, search };
};
