import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const NewProjectCustomer = graphql(`
  query NewProjectCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
      sites {
        id
        label
      }
    }
  }
`);

const NewProjectCustomerSearch = graphql(`
  query NewProjectCustomerSearch($search: String) {
    customers(search: $search, first: 20) {
      nodes {
        id
        name
        email
      }
    }
  }
`);

/** With `?customer=` the form for that customer (with their sites); otherwise a customer to pick first (`?q=` searches). */
export const load: PageLoad = async (event) => {
  const customerId = event.url.searchParams.get('customer');
  if (customerId) {
    const { customer } = await loadQuery(event, NewProjectCustomer, { id: customerId });
    return { customer, candidates: null, search: null };
  }
  const search = event.url.searchParams.get('q')?.trim() || null;
  const { customers } = await loadQuery(event, NewProjectCustomerSearch, { search });
  return { customer: null, candidates: customers.nodes, search };
};
