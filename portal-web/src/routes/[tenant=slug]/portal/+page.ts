import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { dueOf } from '$lib/meters';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalDashboard = graphql(`
  query PortalDashboard($projects: Boolean!, $meters: Boolean!, $supplies: Boolean!) {
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
    meterDevices: assets @include(if: $meters) {
      id
      name
      meters {
        id
        readingDueBy
      }
    }
    supplyOrders(first: 10) @include(if: $supplies) {
      nodes {
        id
        number
        status
        asset {
          id
          name
        }
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
  liveDepends(event, 'INVOICE', 'JOB', 'REQUEST', 'DOCUMENT', 'CUSTOMER', 'PROJECT', 'QUOTE', 'SUPPLY_ORDER', 'METER_READING');
  const { tenant } = await event.parent();
  // The greeting reads the name here, with the page: it may have changed since the layout read it.
  const { me, dashboard, projects, signingRequests, quotes, meterDevices, supplyOrders } = await loadQuery(event, PortalDashboard, {
    projects: tenant.features.projects,
    meters: tenant.features.meters,
    supplies: tenant.features.supplies,
  });
  // Devices read by their meters, and those whose reading is due (the earliest day first).
  const metered = (meterDevices ?? []).filter((device) => device.meters.length > 0);
  const readingsDue = metered.flatMap((device) => {
    const due = dueOf(device.meters);
    return due ? [{ id: device.id, name: device.name, due }] : [];
  });
  readingsDue.sort((a, b) => a.due.localeCompare(b.due));
  const orders = supplyOrders?.nodes ?? [];
  // The card shows the project under way (the newest first), else none.
  const active = projects?.nodes.find((project) => project.status === 'in_progress' || project.status === 'on_hold' || project.status === 'planning') ?? null;
  return {
    me,
    dashboard,
    project: active,
    projectCount: projects?.nodes.length ?? 0,
    toSign: signingRequests.filter((request) => request.kind === 'DOCUMENT'),
    pendingQuotes: quotes.nodes.filter((quote) => quote.status === 'sent'),
    meteredDevices: metered.length,
    readingsDue,
    ordersOnTheirWay: orders.filter((order) => order.status === 'APPROVED' || order.status === 'SHIPPED'),
    ordersWaiting: orders.filter((order) => order.status === 'SUBMITTED').length,
  };
};
