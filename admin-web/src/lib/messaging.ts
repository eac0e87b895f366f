// The team inbox's own pieces (the rest is @portico/web-shared/messaging): what a thread row and a
// message show (the inbox and the customer page list threads alike), where what a thread is about
// leads, and a canned reply's text in the customer's language.
import type { Client } from '@urql/core';
import type { MessageAnswer, MessageUploadTarget } from '@portico/web-shared/messaging';
import { resolve } from '$app/paths';
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { StaffRole, TeamMessageFragment, TeamThreadRowFragment, ThreadAnchorType } from '$lib/gql/graphql';
import { isManager, isOffice } from '$lib/roles';

// Lean: a page of 20 rows stays under the API's query cost limit (graphql-armor counts `first` times the row).
export const TeamThreadRow = graphql(`
  fragment TeamThreadRow on MessageThread {
    id
    lastMessageAt
    unreadCount
    anchor {
      type
      id
      label
    }
    customer {
      id
      name
    }
    assignee {
      id
      name
    }
    lastMessage {
      body
      internal
      deleted
      mine
      author {
        name
      }
      attachments {
        fileName
      }
    }
  }
`);

export type ThreadRow = TeamThreadRowFragment;

/** A message as the thread page shows it (the shared message components take this shape). */
export const TeamMessage = graphql(`
  fragment TeamMessage on Message {
    id
    body
    sentAt
    editedAt
    deleted
    mine
    canEdit
    channel
    internal
    author {
      kind
      name
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      url
    }
  }
`);

export type TeamMessageItem = TeamMessageFragment;
export const teamMessage = (row: FragmentType<typeof TeamMessage>): TeamMessageItem => useFragment(TeamMessage, row);
export const threadRow = (row: FragmentType<typeof TeamThreadRow>): ThreadRow => useFragment(TeamThreadRow, row);

/** The inbox's views, as the URL names them (`?view=`), and the API's. */
export const INBOX_VIEWS = ['unassigned', 'mine', 'all'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
export const apiView = (view: InboxView) => (view === 'unassigned' ? 'UNASSIGNED' : view === 'mine' ? 'MINE' : 'ALL');

interface Anchor {
  type: ThreadAnchorType;
  id?: string | null;
}

/** The admin page of what a thread is about, when the caller may open it (null otherwise). */
export function anchorHref(role: StaffRole, anchor: Anchor): string | null {
  if (!anchor.id) return null;
  switch (anchor.type) {
    case 'JOB':
      return resolve('/(app)/jobs/[id]', { id: anchor.id });
    case 'INVOICE':
      return isManager(role) ? resolve('/(app)/invoices/[id]', { id: anchor.id }) : null;
    case 'REQUEST':
      return isOffice(role) ? resolve('/(app)/requests/[id]', { id: anchor.id }) : null;
    case 'PROJECT':
      return resolve('/(app)/projects/[id]', { id: anchor.id });
    case 'QUOTE':
      return isOffice(role) ? resolve('/(app)/quotes/[id]', { id: anchor.id }) : null;
    case 'GENERAL':
      return null;
  }
}

/** The customer's page, for the office (technicians have none). */
export function customerHref(role: StaffRole, customerId: string): string | null {
  return isOffice(role) ? resolve('/(app)/customers/[id]', { id: customerId }) : null;
}

/** A thread's page in the team inbox. */
export const threadHref = (id: string) => resolve('/(app)/messages/[id]', { id });

/**
 * A canned reply's text for this customer: in their language, else English, else the language of
 * the business's first text (a template need not be written in every language).
 */
export function cannedBodyFor(bodies: readonly { locale: string; text: string }[], customerLocale: string | null | undefined): string {
  const pick = (locale: string | null | undefined) => (locale ? bodies.find((b) => b.locale === locale) : undefined);
  return (pick(customerLocale) ?? pick(customerLocale?.split('-')[0]) ?? pick('en') ?? bodies[0])?.text ?? '';
}

const TeamUnreadCount = graphql(`
  query TeamUnreadCount {
    teamUnreadThreadCount
  }
`);

/** The navigation's count asked again (null: no answer). */
export async function teamUnreadCount(client: Client): Promise<number | null> {
  const result = await client.query(TeamUnreadCount, {}, { requestPolicy: 'network-only' }).toPromise();
  return result.data?.teamUnreadThreadCount ?? null;
}

export const TeamThreadMessages = graphql(`
  query TeamThreadMessages($id: ID!, $before: String) {
    teamThread(id: $id) {
      id
      messages(last: 20, before: $before) {
        nodes {
          ...TeamMessage
        }
        hasOlder
        olderCursor
      }
    }
  }
`);

export const TeamReply = graphql(`
  mutation TeamReply($threadId: ID!, $message: NewMessageInput!, $internal: Boolean!) {
    replyToThread(threadId: $threadId, message: $message, internal: $internal) {
      ...TeamMessage
    }
  }
`);

export const TeamEditMessage = graphql(`
  mutation TeamEditMessage($id: ID!, $body: String!) {
    editMessage(id: $id, body: $body) {
      ...TeamMessage
    }
  }
`);

export const TeamDeleteMessage = graphql(`
  mutation TeamDeleteMessage($id: ID!) {
    deleteMessage(id: $id) {
      ...TeamMessage
    }
  }
`);

export const TeamMarkThreadRead = graphql(`
  mutation TeamMarkThreadRead($threadId: ID!) {
    markTeamThreadRead(threadId: $threadId) {
      id
      unreadCount
    }
  }
`);

const TeamMessageUpload = graphql(`
  mutation TeamMessageUpload($fileName: String!) {
    createMessageUpload(fileName: $fileName) {
      uploadId
      uploadUrl
      allowedTypes
      maxBytes
    }
  }
`);

/** Reserves an upload for one attachment (the composer's `createUpload`). */
export async function createMessageUpload(client: Client, fileName: string): Promise<MessageAnswer<MessageUploadTarget>> {
  const result = await client.mutation(TeamMessageUpload, { fileName }).toPromise();
  return { data: result.data?.createMessageUpload, error: result.error };
}
