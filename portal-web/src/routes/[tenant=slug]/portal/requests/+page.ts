import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';
import { requireRight } from '$lib/contacts';

const PortalRequests = graphql(`
  query PortalRequests($after: String) {
    serviceRequests(first: 20, after: $after) {
      nodes {
        id
        description
        urgency
        status
        createdAt
        preferredAt
        preferredUntil
        respondBy
        declineReason
        jobId
        asset {
          name
        }
        attachments {
          id
          fileName
          contentType
          url
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    assets {
      id
      name
    }
    requestResponsePromises {
      urgency
      responseMinutes
      note
      extraChargeMinor
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'REQUEST', 'JOB');
  const { tenant, me } = await event.parent();
  if (!tenant.features.requests) error(404, { message: 'Requests are off', code: 'NOT_FOUND' });
  requireRight(me.contact, 'requests');
  return await loadQuery(event, PortalRequests, { after: event.url.searchParams.get('after') });
};
