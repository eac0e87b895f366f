import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { SUPPLY_ORDER, supplyOrder } from '$lib/supplies';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const SupplyOrderDetail = graphql(`
  query SupplyOrderDetail($id: ID!) {
    supplyOrder(id: $id) {
      ...SupplyOrderFields
    }
  }
`);

/** Read again when the order changes elsewhere (the customer cancels it, a colleague ships it): SUPPLY_ORDER live events. */
export const load: PageLoad = async (event) => {
  const { features } = await event.parent();
  if (!features.supplies) redirect(307, resolve('/supplies'));
  liveDepends(event, 'SUPPLY_ORDER');
  event.depends(SUPPLY_ORDER);
  const { supplyOrder: order } = await loadQuery(event, SupplyOrderDetail, { id: event.params.id });
  return { order: supplyOrder(order) };
};
