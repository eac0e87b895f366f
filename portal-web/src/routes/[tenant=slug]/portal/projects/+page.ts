import { error } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalProjects = graphql(`
  query PortalProjects($after: String) {
    projects(first: 20, after: $after) {
      nodes {
        id
        name
        status
        progressPercent
        targetEndDate
        forecastEndDate
        completedAt
        currentPhase {
          id
          name
        }
        coverPhoto {
          id
          thumbnailUrl
          caption
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
  liveDepends(event, 'PROJECT');
  const { tenant } = await event.parent();
  if (!tenant.features.projects) error(404, { message: 'Projects are off', code: 'NOT_FOUND' });
  const { projects } = await loadQuery(event, PortalProjects, { after: event.url.searchParams.get('after') });
  return { projects };
};
