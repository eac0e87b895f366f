import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalThreads = graphql(`
  query PortalThreads($after: String) {
    myThreads(first: 20, after: $after) {
      nodes {
        id
        lastMessageAt
        unreadCount
        anchor {
          type
          id
          label
        }
        lastMessage {
          id
          body
          deleted
          mine
          author {
            name
          }
          attachments {
            id
          }
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
  liveDepends(event, 'THREAD');
  const { myThreads } = await loadQuery(event, PortalThreads, { after: event.url.searchParams.get('after') });
  return { threads: myThreads };
};
