import { graphql } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { cannedReplyRow } from '$lib/components/inbox/canned-replies';
import { teamMessage } from '$lib/messaging';
import { isOffice } from '$lib/roles';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const TeamThread = graphql(`
  query TeamThread($id: ID!, $office: Boolean!) {
    teamThread(id: $id) {
      id
      lastMessageAt
      seenByCustomerAt
      unreadCount
      anchor {
        type
        id
        label
      }
      customer {
        id
        name
        locale
      }
      assignee {
        id
        name
      }
      messages(last: 20) {
        nodes {
          ...TeamMessage
        }
        hasOlder
        olderCursor
      }
    }
    cannedReplies {
      ...CannedReplyFields
    }
    threadAssignees(threadId: $id) @include(if: $office) {
      id
      name
    }
  }
`);

/**
 * One conversation, its latest 20 messages (more would pass the API's query cost limit: graphql-armor
 * counts `last` times each message); any thread changing reloads it (new messages, read marks, assignment).
 */
export const load: PageLoad = async (event) => {
  liveDepends(event, 'THREAD');
  const { me } = await event.parent();
  const { teamThread, cannedReplies, threadAssignees } = await loadQuery(event, TeamThread, { id: event.params.id, office: isOffice(me.role) });
  const { messages, ...thread } = teamThread;
  return {
    thread,
    messages: messages.nodes.map(teamMessage),
    hasOlder: messages.hasOlder,
    olderCursor: messages.olderCursor ?? null,
    cannedReplies: cannedReplies.map(cannedReplyRow),
    assignees: threadAssignees ?? null,
  };
};
