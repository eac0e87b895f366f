import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const NewContractCustomer = graphql(`
  query NewContractCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
      assets {
        id
        name
        model
        serialNumber
        meters {
          id
          label
          active
        }
      }
    }
  }
`);

const NewContractCustomerSearch = graphql(`
  query NewContractCustomerSearch($search: String) {
    customers(search: $search, first: 20) {
      nodes {
        id
        name
        email
      }
    }
  }
`);

/** With `?customer=` the form for one of that customer's devices (`?device=` preselects it); otherwise a customer to pick first (`?q=` searches). */
export const load: PageLoad = async (event) => {
  const { features } = await event.parent();
  if (!features.meters) return { featureOff: true as const };
  const params = event.url.searchParams;
  const customerId = params.get('customer');
  if (customerId) {
    const { customer } = await loadQuery(event, NewContractCustomer, { id: customerId });
    const devices = customer.assets.map((a) => ({
      id: a.id,
      name: [a.name, a.model, a.serialNumber].filter(Boolean).join(' · '),
      meters: a.meters,
    }));
    return { featureOff: false as const, customer: { id: customer.id, name: customer.name }, devices, device: params.get('device'), candidates: null, search: null };
  }
  const search = params.get('q')?.trim() || null;
  const { customers } = await loadQuery(event, NewContractCustomerSearch, { search });
  return { featureOff: false as const, customer: null, devices: [], device: null, candidates: customers.nodes, search };
};
