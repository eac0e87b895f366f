import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { PROJECT_STATUSES } from '$lib/projects';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const ProjectList = graphql(`
  query ProjectList($status: ProjectStatus, $customerId: ID, $after: String) {
    projects(status: $status, customerId: $customerId, first: 25, after: $after) {
      nodes {
        id
        name
        status
        progressPercent
        targetEndDate
        forecastEndDate
        delayDays
        contractValueMinor
        currency
        customer {
          id
          name
        }
        currentPhase {
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

const ProjectCustomer = graphql(`
  query ProjectListCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
    }
  }
`);

const ProjectCustomerSearch = graphql(`
  query ProjectListCustomerSearch($search: String) {
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
 * The business's projects, newest first: `?status=` one status, `?customer=` one customer's, `?q=`
 * looks for a customer to filter by, `?after=` the next page.
 */
export const load: PageLoad = async (event) => {
  liveDepends(event, 'PROJECT');
  const { features } = await event.parent();
  // Switched off (the API would say FEATURE_OFF): the page says where to switch it on.
  if (!features.projects) {
    return { featureOff: true, projects: [], pageInfo: { hasNextPage: false, endCursor: null }, paged: false, status: null, customer: null, search: null, candidates: null };
  }
  const params = event.url.searchParams;
  const status = PROJECT_STATUSES.find((s) => s === params.get('status')) ?? null;
  const customerId = params.get('customer') || null;
  const search = (!customerId && params.get('q')?.trim()) || null;
  const after = params.get('after') || null;
  const [list, customer, candidates] = await Promise.all([
    loadQuery(event, ProjectList, { status, customerId, after }),
    customerId ? loadQuery(event, ProjectCustomer, { id: customerId }) : null,
    search ? loadQuery(event, ProjectCustomerSearch, { search }) : null,
  ]);
  return {
    featureOff: false,
    projects: list.projects.nodes,
    pageInfo: list.projects.pageInfo,
    paged: after !== null,
    status,
    customer: customer?.customer ?? null,
    search,
    candidates: candidates?.customers.nodes ?? null,
  };
};
