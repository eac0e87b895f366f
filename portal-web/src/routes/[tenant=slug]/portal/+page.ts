import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalDashboard = graphql(`
  query PortalDashboard($projects: Boolean!) {
    me {
      id
      name
      email
    }
    projects(first: 10) @include(if: $projects) {
      nodes {
        id
        status
        ...DashboardProjectFields
      }
    }
    quotes(first: 20) {
      nodes {
        id
        title
        number
        status
        validUntil
      }
    }
    signingRequests(status: PENDING) {
      id
      kind
      title
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
        paymentProcessing
        autopay {
          state
        }
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'INVOICE', 'JOB', 'REQUEST', 'DOCUMENT', 'CUSTOMER', 'PROJECT', 'QUOTE');
  const { tenant } = await event.parent();
  // The greeting reads the name here, with the page: it may have changed since the layout read it.
  const { me, dashboard, projects, signingRequests, quotes } = await loadQuery(event, PortalDashboard, { projects: tenant.features.projects });
  // The card shows the project under way (the newest first), else none.
  const active = projects?.nodes.find((project) => project.status === 'in_progress' || project.status === 'on_hold' || project.status === 'planning') ?? null;
  return {
    me,
    dashboard,
    project: active,
    projectCount: projects?.nodes.length ?? 0,
    toSign: signingRequests.filter((request) => request.kind === 'DOCUMENT'),
    pendingQuotes: quotes.nodes.filter((quote) => quote.status === 'sent'),
  };
};
