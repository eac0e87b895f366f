import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { apiView, INBOX_VIEWS, threadRow, type InboxView } from '$lib/messaging';
import { isOffice } from '$lib/roles';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const TeamInbox = graphql(`
  query TeamInbox($view: TeamInboxView!, $customerId: ID, $after: String) {
    teamThreads(view: $view, customerId: $customerId, first: 20, after: $after) {
      nodes {
        ...TeamThreadRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const InboxCustomer = graphql(`
  query InboxCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
    }
  }
`);

const InboxCustomerSearch = graphql(`
  query InboxCustomerSearch($search: String) {
    customers(search: $search, first: 10) {
      nodes {
        id
        name
        email
      }
    }
  }
`);

/**
 * The team inbox: `?view=unassigned|mine|all` (all by default), `?customer=` one customer's
 * threads, `?q=` looks for a customer to filter by (the office: technicians see no customer list),
 * `?after=` the next page. Any thread changing reloads it.
 */
export const load: PageLoad = async (event) => {
  liveDepends(event, 'THREAD');
  const { me } = await event.parent();
  const params = event.url.searchParams;
  const view: InboxView = INBOX_VIEWS.find((v) => v === params.get('view')) ?? 'all';
  const office = isOffice(me.role);
  const customerId = (office && params.get('customer')) || null;
  const search = (office && !customerId && params.get('q')?.trim()) || null;
  const after = params.get('after') || null;
  const [inbox, customer, candidates] = await Promise.all([
    loadQuery(event, TeamInbox, { view: apiView(view), customerId, after }),
    customerId ? loadQuery(event, InboxCustomer, { id: customerId }) : null,
    search ? loadQuery(event, InboxCustomerSearch, { search }) : null,
  ]);
  return {
    view,
    threads: inbox.teamThreads.nodes.map(threadRow),
    pageInfo: inbox.teamThreads.pageInfo,
    paged: after !== null,
    customer: customer?.customer ?? null,
    search,
    candidates: candidates?.customers.nodes ?? null,
  };
};
