// The team inbox's shared pieces: what a thread row shows (the inbox and the customer page list
// them alike), what a thread is about in words and where that leads, and a canned reply's text in
// the customer's language.
import { resolve } from '$app/paths';
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { StaffRole, TeamMessageFragment, TeamThreadRowFragment, ThreadAnchorType } from '$lib/gql/graphql';
import type { MessageKey } from '$lib/i18n';
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
  label?: string | null;
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** "Job: Boiler service", "Invoice INV-0042", "Request: The boiler makes a noise…", "General". */
export function anchorText(t: Translate, anchor: Anchor): string {
  const label = anchor.label ?? '';
  switch (anchor.type) {
    case 'JOB':
      return label ? t('anchor.job', { label }) : t('anchor.jobUnnamed');
    case 'INVOICE':
      return label ? t('anchor.invoice', { label }) : t('anchor.invoiceDraft');
    case 'REQUEST':
      return label ? t('anchor.request', { label }) : t('anchor.requestUnnamed');
    case 'GENERAL':
      return t('anchor.general');
  }
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

/** What a row says of the newest message: its first words, or what stands for it. */
export function excerptOf(t: Translate, message: ThreadRow['lastMessage']): string {
  if (!message) return t('inbox.noMessages');
  if (message.deleted) return t('thread.deleted');
  const text = message.body.replace(/\s+/g, ' ').trim();
  if (text) return text.length > 140 ? `${text.slice(0, 139)}…` : text;
  const file = message.attachments[0];
  return file ? t('inbox.attachmentOnly', { name: file.fileName }) : '';
}

/**
 * A canned reply's text for this customer: in their language, else English, else the language of
 * the business's first text (a template need not be written in every language).
 */
export function cannedBodyFor(bodies: readonly { locale: string; text: string }[], customerLocale: string | null | undefined): string {
  const pick = (locale: string | null | undefined) => (locale ? bodies.find((b) => b.locale === locale) : undefined);
  return (pick(customerLocale) ?? pick(customerLocale?.split('-')[0]) ?? pick('en') ?? bodies[0])?.text ?? '';
}
