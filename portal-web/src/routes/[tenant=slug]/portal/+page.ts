import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalDashboard = graphql(`
  query PortalDashboard {
    me {
      id
      name
      email
    }
    dashboard {
      currency
      amountDueMinor
      overdueAmountMinor
      nextAppointments {
        id
        title
        status
        scheduledStart
        visitStage
        etaAt
        arrivedAt
        technicianName
        site {
          label
        }
      }
      awaitingReview {
        id
        title
        completedAt
      }
      openRequests {
        id
        description
        status
        createdAt
      }
      unpaidInvoices {
        id
        number
        status
        dueDate
        amountDueMinor
        currency
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'INVOICE', 'JOB', 'REQUEST', 'DOCUMENT', 'CUSTOMER');
  // The greeting reads the name here, with the page: it may have changed since the layout read it.
  const { me, dashboard } = await loadQuery(event, PortalDashboard, {});
  return { me, dashboard };
};
