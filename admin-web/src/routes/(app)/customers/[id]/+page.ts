import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { isManager } from '$lib/roles';
import { agreement, customerAsset, customerRecord, customerSite } from '$lib/components/customers/customer-page';
import { threadRow } from '$lib/messaging';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const CustomerDetail = graphql(`
  query CustomerDetail($id: ID!) {
    customer(id: $id) {
      ...CustomerFields
      sites {
        ...CustomerSiteFields
      }
      assets {
        ...CustomerAssetFields
      }
      activity(first: 15) {
        nodes {
          id
          action
          actorName
          actorType
          at
          ip
          subject {
            kind
            id
            name
          }
        }
      }
    }
    adminJobs(customerId: $id, first: 20) {
      nodes {
        id
        title
        status
        scheduledStart
        technicianName
      }
    }
    invoices(customerId: $id, first: 20) {
      nodes {
        id
        number
        status
        issueDate
        totalMinor
        amountDueMinor
        currency
      }
    }
    customerPayments(customerId: $id, first: 20) {
      nodes {
        id
        invoiceId
        invoiceNumber
        amountMinor
        refundedMinor
        currency
        method
        cardBrand
        last4
        status
        createdAt
        failureReason
        receiptUrl
      }
    }
    documents(customerId: $id, first: 50) {
      nodes {
        id
        title
        kind
        fileName
        shared
        createdAt
        downloadUrl
        sizeBytes
      }
    }
    assetTypes {
      id
      name
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
    communicationsTimeline(customerId: $id, first: 30) {
      nodes {
        id
        kind
        direction
        occurredAt
        summary
        actorName
        subject {
          kind
          id
          name
        }
      }
    }
  }
`);

const CustomerAgreements = graphql(`
  query CustomerAgreements($id: ID!) {
    serviceAgreements(customerId: $id, first: 20) {
      nodes {
        ...AgreementFields
      }
    }
  }
`);

const CustomerThreads = graphql(`
  query CustomerThreads($id: ID!) {
    teamThreads(customerId: $id, first: 10) {
      nodes {
        ...TeamThreadRow
      }
    }
  }
`);

const CustomerProjects = graphql(`
  query CustomerProjects($id: ID!) {
    projects(customerId: $id, first: 10) {
      nodes {
        id
        name
        status
        progressPercent
        targetEndDate
        forecastEndDate
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'CUSTOMER', 'INVOICE', 'JOB', 'REQUEST', 'DOCUMENT', 'THREAD');
  const { me, features } = await event.parent();
  const id = event.params.id;
  const [detail, agreements, threads, projects] = await Promise.all([
    loadQuery(event, CustomerDetail, { id }),
    // Agreements are owners' and admins' business (the API says FORBIDDEN to others).
    isManager(me.role) ? loadQuery(event, CustomerAgreements, { id }) : Promise.resolve(null),
    loadQuery(event, CustomerThreads, { id }),
    // Only while the business runs projects (the API says FEATURE_OFF otherwise).
    features.projects ? loadQuery(event, CustomerProjects, { id }) : Promise.resolve(null),
  ]);
  const { customer, documents, communicationsTimeline } = detail;
  return {
    ...detail,
    customer: { ...customerRecord(customer), sites: customer.sites.map(customerSite), assets: customer.assets.map(customerAsset) },
    activity: customer.activity.nodes,
    timeline: communicationsTimeline.nodes,
    documents: documents.nodes,
    agreements: agreements?.serviceAgreements.nodes.map(agreement) ?? null,
    threads: threads.teamThreads.nodes.map(threadRow),
    projects: projects?.projects.nodes ?? null,
  };
};
