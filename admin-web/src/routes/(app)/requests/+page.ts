import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const RequestsInbox = graphql(`
  query RequestsInbox {
    appointmentRequests(first: 50) {
      nodes {
        id
        title
        customerName
        serviceType {
          id
          name
        }
        start: scheduledStart
        end: scheduledEnd
        requestedStart
        description
        bookedOnline
      }
    }
    submitted: serviceRequestsInbox(status: submitted, first: 50) {
      nodes {
        id
        customerName
        description
        urgency
        status
        createdAt
        preferredAt
        assetName
        attachments {
          id
        }
      }
    }
    reviewed: serviceRequestsInbox(status: reviewed, first: 50) {
      nodes {
        id
        customerName
        description
        urgency
        status
        createdAt
        preferredAt
        assetName
        attachments {
          id
        }
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'REQUEST');
  const inbox = await loadQuery(event, RequestsInbox, {});
  return { inbox };
};
