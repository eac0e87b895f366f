import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { QUOTE_STATUSES } from '$lib/quotes';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const QuoteList = graphql(`
  query QuoteList($status: QuoteStatus, $customerId: ID, $after: String) {
    quotes(status: $status, customerId: $customerId, first: 25, after: $after) {
      nodes {
        id
        number
        status
        currency
        customer {
          id
          name
        }
        current {
          title
          validUntil
          commonItems {
            description
            quantity
            unitPriceMinor
            taxRateBp
          }
          options {
            id
            totals {
              totalMinor
            }
          }
        }
        approvedTotals {
          totalMinor
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const QuoteListCustomer = graphql(`
  query QuoteListCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
    }
  }
`);

/** `?status=` and `?customer=` filter; `?after=` pages. */
export const load: PageLoad = async (event) => {
  liveDepends(event, 'QUOTE');
  const asked = event.url.searchParams.get('status');
  const status = QUOTE_STATUSES.find((s) => s === asked) ?? null;
  const customerId = event.url.searchParams.get('customer') || null;
  const after = event.url.searchParams.get('after') || null;
  const [{ quotes }, customer] = await Promise.all([
    loadQuery(event, QuoteList, { status, customerId, after }),
    customerId ? loadQuery(event, QuoteListCustomer, { id: customerId }).then((r) => r.customer) : Promise.resolve(null),
  ]);
  return { quotes, status, customer, paged: after !== null };
};
