// The portal's side of the messaging hub: its documents, what a thread is about in an address
// (`?about=JOB:<id>`, `?about=PROJECT:<id>`), and where threads live. The shared components (web-shared/components/messaging)
// take what these documents select.
import type { Client } from '@urql/core';
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { ThreadAnchorType } from '$lib/gql/graphql';
import type { MessageItem } from '@portico/web-shared/messaging';
import { tenantPath } from '$lib/paths';

/** One message, as the thread page shows it. */
export const PortalMessageFields = graphql(`
  fragment PortalMessageFields on Message {
    id
    body
    sentAt
    editedAt
    deleted
    mine
    canEdit
    channel
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

export type PortalMessage = MessageItem;

export const toMessage = (node: FragmentType<typeof PortalMessageFields>): PortalMessage => useFragment(PortalMessageFields, node);

/** The page of a thread's history before `before` (the latest one without it). */
export const PortalThreadMessages = graphql(`
  query PortalThreadMessages($id: ID!, $before: String) {
    messageThread(id: $id) {
      id
      messages(before: $before) {
        nodes {
          ...PortalMessageFields
        }
        hasOlder
        olderCursor
      }
    }
  }
`);

export const PortalReplyInThread = graphql(`
  mutation PortalReplyInThread($threadId: ID!, $message: NewMessageInput!) {
    replyInThread(threadId: $threadId, message: $message) {
      ...PortalMessageFields
    }
  }
`);

export const PortalSendMessage = graphql(`
  mutation PortalSendMessage($anchor: ThreadAnchorInput!, $message: NewMessageInput!) {
    sendMessage(anchor: $anchor, message: $message) {
      id
    }
  }
`);

/** The thread a first message started: sendMessage answers with the message alone. */
export const PortalThreadAbout = graphql(`
  query PortalThreadAbout($anchor: ThreadAnchorInput!) {
    threadAbout(anchor: $anchor) {
      id
    }
  }
`);

export const PortalEditMessage = graphql(`
  mutation PortalEditMessage($id: ID!, $body: String!) {
    editMessage(id: $id, body: $body) {
      ...PortalMessageFields
    }
  }
`);

export const PortalDeleteMessage = graphql(`
  mutation PortalDeleteMessage($id: ID!) {
    deleteMessage(id: $id) {
      ...PortalMessageFields
    }
  }
`);

export const PortalMarkThreadRead = graphql(`
  mutation PortalMarkThreadRead($threadId: ID!) {
    markThreadRead(threadId: $threadId) {
      id
      unreadCount
      seenByBusinessAt
    }
  }
`);

export const PortalCreateMessageUpload = graphql(`
  mutation PortalCreateMessageUpload($fileName: String!) {
    createMessageUpload(fileName: $fileName) {
      uploadId
      uploadUrl
      allowedTypes
      maxBytes
    }
  }
`);

const PortalUnreadMessages = graphql(`
  query PortalUnreadMessages {
    myUnreadMessageCount
  }
`);

/** The navigation's count, asked again (live events about threads, a thread read). */
export async function unreadMessageCount(client: Client): Promise<number | null> {
  const result = await client.query(PortalUnreadMessages, {}, { requestPolicy: 'network-only' }).toPromise();
  return result.data?.myUnreadMessageCount ?? null;
}

/** A file to attach: the reserved upload, as the composer takes it. */
export async function createMessageUpload(client: Client, fileName: string) {
  const result = await client.mutation(PortalCreateMessageUpload, { fileName }).toPromise();
  return { data: result.data?.createMessageUpload, error: result.error };
}

const ANCHOR_TYPES: readonly ThreadAnchorType[] = ['GENERAL', 'JOB', 'REQUEST', 'INVOICE', 'PROJECT', 'QUOTE'];

/** What a thread is about, as an address names it: no id for GENERAL. */
export interface Anchor {
  type: ThreadAnchorType;
  id?: string | null;
}

/** `?about=JOB:<id>` (or `GENERAL`) → the anchor; null when it names none. */
export function parseAbout(about: string | null): Anchor | null {
  if (!about) return null;
  const [type = '', id = ''] = about.split(':', 2);
  const anchorType = ANCHOR_TYPES.find((t) => t === type);
  if (!anchorType) return null;
  if (anchorType === 'GENERAL') return id ? null : { type: anchorType };
  return id ? { type: anchorType, id } : null;
}

/** At most this much of a draft travels in an address (`?draft=`): the start of a message, not a letter. */
const DRAFT_MAX = 500;

/** `&draft=…` for a message the page starts with (a question about a meter reading names it), or nothing. */
function draftParam(draft: string | null | undefined): string {
  return draft ? `draft=${encodeURIComponent(draft.slice(0, DRAFT_MAX))}` : '';
}

/** The draft an address carries, for the composer to start with. */
export function draftOf(url: URL): string {
  return (url.searchParams.get('draft') ?? '').slice(0, DRAFT_MAX);
}

/** The page that starts (or opens) the conversation about `anchor`; `draft` starts the message. */
export function newThreadPath(slug: string, anchor: Anchor, url?: URL, draft?: string): string {
  const about = anchor.type === 'GENERAL' ? 'GENERAL' : `${anchor.type}:${anchor.id ?? ''}`;
  const more = draftParam(draft);
  return tenantPath(slug, `/portal/messages/new?about=${encodeURIComponent(about)}${more ? `&${more}` : ''}`, url);
}

export function threadPath(slug: string, threadId: string, url?: URL, draft?: string): string {
  const more = draftParam(draft);
  return tenantPath(slug, `/portal/messages/${encodeURIComponent(threadId)}${more ? `?${more}` : ''}`, url);
}

/** Where the thing a thread is about is shown (requests have no page of their own: their list). */
export function anchorPath(slug: string, anchor: Anchor, url?: URL): string | null {
  if (!anchor.id) return null;
  switch (anchor.type) {
    case 'JOB':
      return tenantPath(slug, `/portal/jobs/${anchor.id}`, url);
    case 'INVOICE':
      return tenantPath(slug, `/portal/invoices/${anchor.id}`, url);
    case 'REQUEST':
      return tenantPath(slug, '/portal/requests', url);
    case 'PROJECT':
      return tenantPath(slug, `/portal/projects/${anchor.id}`, url);
    case 'QUOTE':
      return tenantPath(slug, `/portal/quotes/${anchor.id}`, url);
    case 'GENERAL':
      return null;
  }
}
