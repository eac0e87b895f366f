// The admin app's notification centre: its documents, how the centre reaches the API, and where each
// notification leads. Live updates call `refresh()` to bring the bell's count up to date.
import type { Client } from '@urql/core';
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import { refreshNotifications, type NotificationItem, type NotificationPage, type NotificationTransport } from '@portico/web-shared/notifications';
import { resolve } from '$app/paths';

/** Asks the API for the bell's unread count again. */
export const refresh = refreshNotifications;

export const AdminNotificationFields = graphql(`
  fragment AdminNotificationFields on Notification {
    id
    kind
    subjectType
    subjectId
    createdAt
    readAt
    params {
      title
      start
      change
      number
      amountMinor
      currency
      customer
      technician
      eta
      status
      urgency
      rating
      excerpt
    }
  }
`);

export const AdminNotifications = graphql(`
  query AdminNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        ...AdminNotificationFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const AdminUnreadNotifications = graphql(`
  query AdminUnreadNotifications {
    myUnreadNotificationCount
  }
`);

const AdminMarkNotificationRead = graphql(`
  mutation AdminMarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      ...AdminNotificationFields
    }
  }
`);

const AdminMarkAllNotificationsRead = graphql(`
  mutation AdminMarkAllNotificationsRead {
    markAllNotificationsRead {
      marked
      readAt
      unreadCount
    }
  }
`);

/** A page of the API's connection as the shared components take it. */
export function toNotificationPage(connection: {
  nodes: readonly FragmentType<typeof AdminNotificationFields>[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}): NotificationPage {
  return {
    nodes: [...useFragment(AdminNotificationFields, connection.nodes)],
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor ?? null,
  };
}

export function adminNotificationTransport(client: Client): NotificationTransport {
  const fresh = { requestPolicy: 'network-only' } as const;
  return {
    async count() {
      const result = await client.query(AdminUnreadNotifications, {}, fresh).toPromise();
      return result.data?.myUnreadNotificationCount ?? null;
    },
    async page({ first, after, unreadOnly }) {
      const result = await client.query(AdminNotifications, { first, after, unreadOnly }, fresh).toPromise();
      return result.data ? toNotificationPage(result.data.myNotifications) : null;
    },
    async markRead(id) {
      const result = await client.mutation(AdminMarkNotificationRead, { id }).toPromise();
      return result.data ? useFragment(AdminNotificationFields, result.data.markNotificationRead) : null;
    },
    async markAllRead() {
      const result = await client.mutation(AdminMarkAllNotificationsRead, {}).toPromise();
      return result.data?.markAllNotificationsRead ?? null;
    },
  };
}

/** Where a notification leads in the admin app. */
export function notificationHref(item: NotificationItem): string {
  switch (item.subjectType) {
    case 'job':
      // An appointment request is handled in the requests inbox.
      return item.kind === 'appointmentRequest' ? resolve('/requests') : resolve('/(app)/jobs/[id]', { id: item.subjectId });
    case 'invoice':
      return resolve('/(app)/invoices/[id]', { id: item.subjectId });
    case 'request':
      return resolve('/(app)/requests/[id]', { id: item.subjectId });
    case 'review':
      return resolve('/reviews');
    default:
      return resolve('/notifications');
  }
}
