import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { SUPPLY_ORDER_STATUSES } from '$lib/supplies';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const SupplyOrderList = graphql(`
  query SupplyOrderList($status: SupplyOrderStatus, $customerId: ID, $after: String) {
    supplyOrders(status: $status, customerId: $customerId, first: 25, after: $after) {
      nodes {
        id
        number
        status
        submittedAt
        totalMinor
        currency
        customer {
          id
          name
        }
        asset {
          id
          name
          model
        }
        lines {
          itemId
          quantity
        }
        excessUsageWarning {
          ratio
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SupplyOrderCustomer = graphql(`
  query SupplyOrderCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
    }
  }
`);

/** `?status=` and `?customer=` filter (by default: every order); `?after=` pages. Followed live (SUPPLY_ORDER events). */
export const load: PageLoad = async (event) => {
  const { features } = await event.parent();
  if (!features.supplies) return { featureOff: true as const };
  liveDepends(event, 'SUPPLY_ORDER');
  const params = event.url.searchParams;
  const status = SUPPLY_ORDER_STATUSES.find((s) => s === params.get('status')) ?? null;
  const customerId = params.get('customer') || null;
  const after = params.get('after') || null;
  const [{ supplyOrders }, customer] = await Promise.all([
    loadQuery(event, SupplyOrderList, { status, customerId, after }),
    customerId ? loadQuery(event, SupplyOrderCustomer, { id: customerId }).then((r) => r.customer) : Promise.resolve(null),
  ]);
  return { featureOff: false as const, orders: supplyOrders.nodes, pageInfo: supplyOrders.pageInfo, status, customer, paged: after !== null };
};
