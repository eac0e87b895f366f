import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const MeterContractList = graphql(`
  query MeterContractList($customerId: ID, $after: String) {
    meterContracts(customerId: $customerId, first: 25, after: $after) {
      nodes {
        id
        number
        status
        customerId
        deviceName
        startsOn
        endsOn
        periodMonths
        baseChargeMinor
        currency
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const MeterContractCustomer = graphql(`
  query MeterContractCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
    }
  }
`);

const MeterContractCustomerSearch = graphql(`
  query MeterContractCustomerSearch($search: String) {
    customers(search: $search, first: 10) {
      nodes {
        id
        name
      }
    }
  }
`);

/**
 * `?q=` looks for a customer to filter by, `?customer=` shows one customer's contracts, `?show=all` ended ones too (by default the running
 * and ending ones), `?after=` pages. Each contract names its customer (read once per customer shown).
 */
export const load: PageLoad = async (event) => {
  const { features } = await event.parent();
  if (!features.meters) return { featureOff: true as const };
  const params = event.url.searchParams;
  const customerId = params.get('customer') || null;
  const after = params.get('after') || null;
  const showAll = params.get('show') === 'all';
  const search = params.get('q')?.trim() || null;
  const [{ meterContracts }, candidates] = await Promise.all([
    loadQuery(event, MeterContractList, { customerId, after }),
    search ? loadQuery(event, MeterContractCustomerSearch, { search }).then((r) => r.customers.nodes) : Promise.resolve(null),
  ]);
  const contracts = meterContracts.nodes;
  const customerIds = [...new Set([...contracts.map((c) => c.customerId), ...(customerId ? [customerId] : [])])];
  const customers = new Map(
    (await Promise.all(customerIds.map((id) => loadQuery(event, MeterContractCustomer, { id }).then((r) => r.customer)))).map((c) => [c.id, c.name] as const),
  );
  return {
    featureOff: false as const,
    contracts: contracts.filter((c) => showAll || c.status !== 'ENDED').map((c) => ({ ...c, customerName: customers.get(c.customerId) ?? '' })),
    hiddenEnded: showAll ? 0 : contracts.filter((c) => c.status === 'ENDED').length,
    pageInfo: meterContracts.pageInfo,
    customer: customerId ? { id: customerId, name: customers.get(customerId) ?? '' } : null,
    showAll,
    search,
    candidates,
    paged: after !== null,
  };
};
