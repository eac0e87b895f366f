import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const RequestsInbox = graphql(`
  query RequestsInbox($overdue: Boolean) {
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
    submitted: serviceRequestsInbox(status: submitted, overdue: $overdue, first: 50) {
      nodes {
        id
        customerName
        description
        urgency
        status
        createdAt
        preferredAt
        preferredUntil
        respondBy
        firstResponseAt
        overdue
        respondedLate
        assetName
        attachments {
          id
        }
      }
    }
    reviewed: serviceRequestsInbox(status: reviewed, overdue: $overdue, first: 50) {
      nodes {
        id
        customerName
        description
        urgency
        status
        createdAt
        preferredAt
        preferredUntil
        respondBy
        firstResponseAt
        overdue
        respondedLate
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
  // ?overdue: only the service requests past the response promised for their priority, unanswered.
  const overdueOnly = event.url.searchParams.has('overdue');
  const inbox = await loadQuery(event, RequestsInbox, { overdue: overdueOnly || null });
  return { inbox, overdueOnly };
};
