// The admin app's notification centre: its documents, how the centre reaches the API, and where each
// notification leads. Live updates call `refresh()` to bring the bell's count up to date.
import type { Client } from '@urql/core';
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import {
  notificationPage,
  notificationTransport,
  refreshNotifications,
  type NotificationConnection,
  type NotificationItem,
  type NotificationPage,
  type NotificationTransport,
} from '@portico/web-shared/notifications';
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

const documents = {
  list: AdminNotifications,
  unreadCount: AdminUnreadNotifications,
  markRead: AdminMarkNotificationRead,
  markAllRead: AdminMarkAllNotificationsRead,
  item: (node: FragmentType<typeof AdminNotificationFields>): NotificationItem => useFragment(AdminNotificationFields, node),
};

/** A page of the API's connection as the shared components take it. */
export function toNotificationPage(connection: NotificationConnection<FragmentType<typeof AdminNotificationFields>>): NotificationPage {
  return notificationPage(connection, documents.item);
}

export function adminNotificationTransport(client: Client): NotificationTransport {
  return notificationTransport(client, documents);
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
    case 'message':
      // The subject of a message notification is its thread.
      return resolve('/(app)/messages/[id]', { id: item.subjectId });
    case 'supply_order':
      return resolve('/(app)/supplies/[id]', { id: item.subjectId });
    default:
      return resolve('/notifications');
  }
}
