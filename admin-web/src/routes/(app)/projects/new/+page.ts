import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
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
  // Switched off: the list says where to switch it on.
  if (!(await event.parent()).features.projects) redirect(307, resolve('/projects'));
  const customerId = event.url.searchParams.get('customer');
  if (customerId) {
    const { customer } = await loadQuery(event, NewProjectCustomer, { id: customerId });
    return { customer, candidates: null, search: null };
  }
  const search = event.url.searchParams.get('q')?.trim() || null;
  const { customers } = await loadQuery(event, NewProjectCustomerSearch, { search });
  return { customer: null, candidates: customers.nodes, search };
};
