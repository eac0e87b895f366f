import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { isOffice } from '$lib/roles';
import { projectDetail, PROJECT, ProjectPage } from '$lib/projects';
import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

// The customer's records the office may link to the project.
const ProjectCandidates = graphql(`
  query ProjectCandidates($customerId: ID!) {
    customer(id: $customerId) {
      id
      sites {
        id
        label
      }
    }
    adminJobs(customerId: $customerId, first: 50) {
      nodes {
        id
        title
        status
        scheduledStart
      }
    }
    invoices(customerId: $customerId, first: 50) {
      nodes {
        id
        number
        status
        totalMinor
        currency
      }
    }
  }
`);

// Separate: the documents feature may be off (the API then refuses the list, not the page).
const ProjectDocumentCandidates = graphql(`
  query ProjectDocumentCandidates($customerId: ID!) {
    documents(customerId: $customerId, first: 50) {
      nodes {
        id
        title
        fileName
        shared
        downloadUrl
        createdAt
      }
    }
  }
`);

/** A project's page: the project, and (for the office) the customer's visits, invoices and documents to link. */
export const load: PageLoad = async (event) => {
  liveDepends(event, 'PROJECT', 'JOB', 'INVOICE', 'DOCUMENT');
  event.depends(PROJECT);
  const { me, features } = await event.parent();
  // Switched off: the list says where to switch it on.
  if (!features.projects) redirect(307, resolve('/projects'));
  const project = projectDetail((await loadQuery(event, ProjectPage, { id: event.params.id })).project);
  const customerId = project.customer.id;
  const office = isOffice(me.role);
  const [records, documents] = await Promise.all([
    office ? loadQuery(event, ProjectCandidates, { customerId }) : null,
    office ? loadQuery(event, ProjectDocumentCandidates, { customerId }).catch(() => null) : null,
  ]);
  return {
    project,
    sites: records?.customer.sites ?? [],
    candidates: {
      jobs: records?.adminJobs.nodes ?? [],
      invoices: records?.invoices.nodes ?? [],
      documents: documents?.documents.nodes ?? [],
    },
    created: event.url.searchParams.has('created'),
  };
};
