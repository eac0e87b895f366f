import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { can } from '$lib/contacts';
import { dueOf } from '$lib/meters';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalDashboard = graphql(`
  query PortalDashboard($projects: Boolean!, $meters: Boolean!, $supplies: Boolean!, $invoices: Boolean!, $appointments: Boolean!, $requests: Boolean!) {
    me {
      id
      name
      email
      contact {
        id
        name
        email
      }
    }
    projects(first: 10) @include(if: $projects) {
      nodes {
        id
        status
        ...DashboardProjectFields
      }
    }
    quotes(first: 20) @include(if: $invoices) {
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
      amountDueMinor @include(if: $invoices)
      overdueAmountMinor @include(if: $invoices)
      nextAppointments @include(if: $appointments) {
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
      awaitingReview @include(if: $appointments) {
        id
        title
        completedAt
      }
      openRequests @include(if: $requests) {
        id
        description
        status
        createdAt
      }
      unpaidInvoices @include(if: $invoices) {
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
  const { tenant, me: signedIn } = await event.parent();
  // A contact sees (and the dashboard asks for) only what their rights allow (issue 22): the API refuses the rest.
  const show = {
    invoices: tenant.features.invoices && can(signedIn.contact, 'invoices'),
    appointments: can(signedIn.contact, 'appointments'),
    requests: tenant.features.requests && can(signedIn.contact, 'requests'),
    booking: tenant.features.booking && can(signedIn.contact, 'appointments'),
  };
  // The greeting reads the name here, with the page: it may have changed since the layout read it.
  const { me, dashboard, projects, signingRequests, quotes, meterDevices, supplyOrders } = await loadQuery(event, PortalDashboard, {
    projects: tenant.features.projects,
    meters: tenant.features.meters,
    supplies: tenant.features.supplies,
    invoices: show.invoices,
    appointments: show.appointments,
    requests: show.requests,
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
    show,
    dashboard: {
      currency: dashboard.currency,
      amountDueMinor: dashboard.amountDueMinor ?? 0,
      overdueAmountMinor: dashboard.overdueAmountMinor ?? 0,
      nextAppointments: dashboard.nextAppointments ?? [],
      awaitingReview: dashboard.awaitingReview ?? [],
      openRequests: dashboard.openRequests ?? [],
      unpaidInvoices: dashboard.unpaidInvoices ?? [],
    },
    project: active,
    projectCount: projects?.nodes.length ?? 0,
    toSign: signingRequests.filter((request) => request.kind === 'DOCUMENT'),
    pendingQuotes: (quotes?.nodes ?? []).filter((quote) => quote.status === 'sent'),
    meteredDevices: metered.length,
    readingsDue,
    ordersOnTheirWay: orders.filter((order) => order.status === 'APPROVED' || order.status === 'SHIPPED'),
    ordersWaiting: orders.filter((order) => order.status === 'SUBMITTED').length,
  };
};
