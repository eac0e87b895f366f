import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';
import { requireRight } from '$lib/contacts';

const PortalJobs = graphql(`
  query PortalJobs($when: JobWhen!, $after: String) {
    jobs(when: $when, first: 20, after: $after) {
      nodes {
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
        serviceType {
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  liveDepends(event, 'JOB');
  requireRight((await event.parent()).me.contact, 'appointments');
  const when = event.url.searchParams.get('when') === 'past' ? 'PAST' : 'UPCOMING';
  const after = event.url.searchParams.get('after');
  const { jobs } = await loadQuery(event, PortalJobs, { when, after });
  return { jobs, when };
};
