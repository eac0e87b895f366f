import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const CustomerList = graphql(`
  query CustomerList($search: String, $after: String) {
    customers(search: $search, first: 25, after: $after) {
      nodes {
        id
        name
        email
        phone
        portalStatus
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'CUSTOMER');
  const search = event.url.searchParams.get('q')?.trim() || null;
  const after = event.url.searchParams.get('after') || null;
  const { customers } = await loadQuery(event, CustomerList, { search, after });
  return { customers, search, paged: after !== null };
};
