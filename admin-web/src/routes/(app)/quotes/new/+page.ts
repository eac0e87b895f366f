import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';

const NewQuoteCustomer = graphql(`
  query NewQuoteCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
      email
    }
  }
`);

const NewQuoteRequest = graphql(`
  query NewQuoteRequest($id: ID!) {
    inboxRequest(id: $id) {
      id
      description
    }
  }
`);

const NewQuoteProject = graphql(`
  query NewQuoteProject($id: ID!) {
    project(id: $id) {
      id
      name
    }
  }
`);

const NewQuoteCustomerSearch = graphql(`
  query NewQuoteCustomerSearch($search: String) {
    customers(search: $search, first: 20) {
      nodes {
        id
        name
        email
      }
    }
  }
`);

/**
 * With `?customer=` the builder for that customer, prefilled from `?request=` or `?project=` when the
 * quote starts there; otherwise a customer to pick first (`?q=` searches).
 */
export const load: PageLoad = async (event) => {
  const params = event.url.searchParams;
  const customerId = params.get('customer');
  if (customerId) {
    const requestId = params.get('request');
    const projectId = params.get('project');
    const [{ customer }, request, project] = await Promise.all([
      loadQuery(event, NewQuoteCustomer, { id: customerId }),
      requestId
        ? loadQuery(event, NewQuoteRequest, { id: requestId }).then(({ inboxRequest: r }) => ({ id: r.id, title: (r.description.split('\n')[0] ?? '').slice(0, 120) }))
        : Promise.resolve(null),
      projectId ? loadQuery(event, NewQuoteProject, { id: projectId }).then((r) => r.project) : Promise.resolve(null),
    ]);
    return { customer, request, project, candidates: null, search: null };
  }
  const search = params.get('q')?.trim() || null;
  const { customers } = await loadQuery(event, NewQuoteCustomerSearch, { search });
  return { customer: null, request: null, project: null, candidates: customers.nodes, search };
};
