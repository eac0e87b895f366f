import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { draftOf } from '$lib/messages';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

// `messages` without `last`: the API's page (the latest 30). A literal `last: 30` would count the
// messages' fields 30 times in the API's query cost limit, which this query then exceeds.
const PortalThread = graphql(`
  query PortalThread($id: ID!) {
    messageThread(id: $id) {
      id
      unreadCount
      seenByBusinessAt
      anchor {
        type
        id
        label
      }
      messages {
        nodes {
          ...PortalMessageFields
        }
        hasOlder
        olderCursor
      }
    }
  }
`);

export const load: PageLoad = async (event) => {
  // New messages, edits and read marks of this thread arrive live (as any thread's: the page reloads).
  liveDepends(event, 'THREAD');
  const { messageThread } = await loadQuery(event, PortalThread, { id: event.params.id });
  return { thread: messageThread, draft: draftOf(event.url) };
};
