import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalProject = graphql(`
  query PortalProject($id: ID!) {
    project(id: $id) {
      id
      name
      description
      status
      startDate
      targetEndDate
      forecastEndDate
      delayDays
      progressPercent
      warrantyItems
      startedAt
      completedAt
      threadId
      site {
        id
        label
      }
      currentPhase {
        id
        name
      }
      phases {
        id
        name
        status
        progress
        plannedStart
        plannedEnd
      }
      nextMilestones(first: 5) {
        id
        name
        dueDate
        paymentAmountMinor
        currency
      }
      delays {
        id
        cause
        days
        note
        reportedAt
      }
      photos {
        id
        stage
        caption
        takenAt
        phaseId
        width
        height
        url
        thumbnailUrl
      }
      visits {
        id
        title
        status
        scheduledStart
        scheduledEnd
      }
      invoices {
        id
        number
        status
        dueDate
        totalMinor
        amountDueMinor
        currency
      }
      documents {
        id
        title
        kind
        fileName
        contentType
        createdAt
        downloadUrl
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'PROJECT', 'DOCUMENT', 'INVOICE', 'JOB');
  const { tenant } = await event.parent();
  if (!tenant.features.projects) error(404, { message: 'Projects are off', code: 'NOT_FOUND' });
  const { project } = await loadQuery(event, PortalProject, { id: event.params.id });
  return { project };
};
