import { graphql } from '$lib/gql';
import { JOB_DETAIL } from '$lib/components/dispatch/board';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const JobDetail = graphql(`
  query JobDetail($id: ID!) {
    adminJob(id: $id) {
      id
      title
      status
      nextStatuses
      visitStage
      visitMoves
      onMyWayAt
      etaAt
      arrivedAt
      customerId
      customerPhone
      mapUrl
      customerName
      description
      customerNotes
      accessInstructions
      siteLabel
      siteAddress
      assetName
      localDate
      localStartTime
      localEndTime
      technicianId
      technicianName
      bookedOnline
      declineReason
      serviceType {
        id
        name
      }
      partsUsed {
        name
        quantity
      }
      internalNotes {
        id
        body
        authorName
        createdAt
      }
      documents {
        id
        title
        kind
        fileName
        shared
        createdAt
        downloadUrl
      }
    }
  }
`);

/** Technicians only get their own jobs (the API answers NOT_FOUND for the others). */
export const load: PageLoad = async (event) => {
  liveDepends(event, 'JOB', 'DOCUMENT');
  event.depends(JOB_DETAIL);
  const { adminJob } = await loadQuery(event, JobDetail, { id: event.params.id });
  return { job: adminJob };
};
