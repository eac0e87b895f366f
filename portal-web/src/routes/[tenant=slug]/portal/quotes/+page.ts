import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';
import { requireRight } from '$lib/contacts';

const PortalQuotes = graphql(`
  query PortalQuotes($after: String) {
    quotes(first: 20, after: $after) {
      nodes {
        id
        number
        title
        status
        sentAt
        validUntil
        currency
        approvedTotals {
          totalMinor
        }
        nextSteps
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'QUOTE');
  requireRight((await event.parent()).me.contact, 'invoices');
  const { quotes } = await loadQuery(event, PortalQuotes, { after: event.url.searchParams.get('after') });
  return { quotes };
};
