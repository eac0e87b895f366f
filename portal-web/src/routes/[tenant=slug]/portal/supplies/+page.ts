import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalSupplyOrders = graphql(`
  query PortalSupplyOrders($after: String) {
    supplyOrders(first: 20, after: $after) {
      nodes {
        id
        number
        status
        submittedAt
        totalMinor
        currency
        lines {
          quantity
        }
        asset {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'SUPPLY_ORDER');
  const { supplyOrders } = await loadQuery(event, PortalSupplyOrders, { after: event.url.searchParams.get('after') });
  return { orders: supplyOrders };
};
