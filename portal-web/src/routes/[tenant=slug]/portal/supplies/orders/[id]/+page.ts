import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalSupplyOrder = graphql(`
  query PortalSupplyOrder($id: ID!) {
    supplyOrder(id: $id) {
      ...PortalSupplyOrderFields
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'SUPPLY_ORDER', 'INVOICE');
  const { supplyOrder } = await loadQuery(event, PortalSupplyOrder, { id: event.params.id });
  return { order: supplyOrder, placed: event.url.searchParams.has('placed') };
};
