import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { supplyItem } from '$lib/supplies';
import { SUPPLY_CATEGORIES } from '$lib/meter-contracts';
import type { PageLoad } from './$types';

const SupplyCatalogue = graphql(`
  query SupplyCatalogue($search: String, $category: SupplyCategory, $includeInactive: Boolean!, $after: String) {
    supplyItems(search: $search, category: $category, includeInactive: $includeInactive, first: 50, after: $after) {
      nodes {
        ...SupplyItemFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** `?q=` searches names, SKUs and models; `?category=` filters; `?inactive=1` shows items no longer offered too; `?after=` pages. */
export const load: PageLoad = async (event) => {
  const { features } = await event.parent();
  if (!features.supplies) return { featureOff: true as const };
  const params = event.url.searchParams;
  const search = params.get('q')?.trim() || null;
  const category = SUPPLY_CATEGORIES.find((c) => c === params.get('category')) ?? null;
  const includeInactive = params.get('inactive') === '1';
  const after = params.get('after') || null;
  const { supplyItems } = await loadQuery(event, SupplyCatalogue, { search, category, includeInactive, after });
  return { featureOff: false as const, items: supplyItems.nodes.map(supplyItem), pageInfo: supplyItems.pageInfo, search, category, includeInactive, paged: after !== null };
};
