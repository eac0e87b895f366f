import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';
import { requireRight } from '$lib/contacts';

const PortalJob = graphql(`
  query PortalJob($id: ID!) {
    job(id: $id) {
      id
      title
      status
      description
      customerNotes
      declineReason
      scheduledStart
      scheduledEnd
      completedAt
      visitStage
      etaAt
      arrivedAt
      technicianName
      canChange
      changeDeadline
      calendarFileUrl
      serviceType {
        id
        name
        durationMinutes
      }
      site {
        id
        label
        addressLine1
        addressLine2
        city
        postalCode
        region
        country
      }
      asset {
        id
        name
      }
      partsUsed {
        name
        quantity
      }
      documents {
        id
        title
        kind
        contentType
        fileName
        downloadUrl
      }
      review {
        id
        rating
        comment
        status
        response
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'JOB', 'DOCUMENT', 'INVOICE');
  requireRight((await event.parent()).me.contact, 'appointments');
  const { job } = await loadQuery(event, PortalJob, { id: event.params.id });
  return { job };
};
