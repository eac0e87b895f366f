import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { inboxRequest as readRequest } from '$lib/components/requests/inbox-request';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const InboxRequest = graphql(`
  query InboxRequest($id: ID!) {
    inboxRequest(id: $id) {
      ...InboxRequestFields
    }
  }
`);

const ConvertOptions = graphql(`
  query ConvertOptions($customerId: ID!) {
    customer(id: $customerId) {
      id
      sites {
        id
        label
        addressLine1
        addressLine2
        city
        postalCode
        region
        country
      }
    }
    serviceTypes {
      id
      name
      active
      durationMinutes
      technicians {
        id
        name
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'REQUEST', 'JOB');
  const request = readRequest((await loadQuery(event, InboxRequest, { id: event.params.id })).inboxRequest);
  const options = await loadQuery(event, ConvertOptions, { customerId: request.customerId });
  return { request, sites: options.customer.sites, serviceTypes: options.serviceTypes.filter((s) => s.active) };
};
