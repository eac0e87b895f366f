// The portal's notification centre: its documents, how the centre reaches the API, and where each
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
import { threadPath } from '$lib/messages';
import { tenantPath } from '$lib/paths';

/** Asks the API for the bell's unread count again. */
export const refresh = refreshNotifications;

export const PortalNotificationFields = graphql(`
  fragment PortalNotificationFields on Notification {
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
      days
      date
      cause
    }
  }
`);

export const PortalNotifications = graphql(`
  query PortalNotifications($first: Int!, $after: String, $unreadOnly: Boolean!) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      nodes {
        ...PortalNotificationFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PortalUnreadNotifications = graphql(`
  query PortalUnreadNotifications {
    myUnreadNotificationCount
  }
`);

const PortalMarkNotificationRead = graphql(`
  mutation PortalMarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      ...PortalNotificationFields
    }
  }
`);

const PortalMarkAllNotificationsRead = graphql(`
  mutation PortalMarkAllNotificationsRead {
    markAllNotificationsRead {
      marked
      readAt
      unreadCount
    }
  }
`);

const documents = {
  list: PortalNotifications,
  unreadCount: PortalUnreadNotifications,
  markRead: PortalMarkNotificationRead,
  markAllRead: PortalMarkAllNotificationsRead,
  item: (node: FragmentType<typeof PortalNotificationFields>): NotificationItem => useFragment(PortalNotificationFields, node),
};

/** A page of the API's connection as the shared components take it. */
export function toNotificationPage(connection: NotificationConnection<FragmentType<typeof PortalNotificationFields>>): NotificationPage {
  return notificationPage(connection, documents.item);
}

export function portalNotificationTransport(client: Client): NotificationTransport {
  return notificationTransport(client, documents);
}

/** Where a notification leads in the portal. */
export function notificationHref(slug: string, item: NotificationItem, url?: URL): string {
  switch (item.subjectType) {
    case 'job':
      return tenantPath(slug, `/portal/jobs/${item.subjectId}`, url);
    case 'invoice':
      return tenantPath(slug, `/portal/invoices/${item.subjectId}`, url);
    case 'request':
      return tenantPath(slug, '/portal/requests', url);
    case 'document':
      return tenantPath(slug, '/portal/documents', url);
    case 'message':
      return threadPath(slug, item.subjectId, url);
    case 'project':
      return tenantPath(slug, `/portal/projects/${item.subjectId}`, url);
    case 'quote':
      return tenantPath(slug, `/portal/quotes/${item.subjectId}`, url);
    case 'signing':
      return tenantPath(slug, `/portal/sign/${item.subjectId}`, url);
    case 'supply_order':
      return tenantPath(slug, `/portal/supplies/orders/${item.subjectId}`, url);
    case 'asset':
      // A reading due leads to where it is entered.
      return tenantPath(slug, item.kind === 'meterReadingDue' ? `/portal/meters/${item.subjectId}` : `/portal/assets/${item.subjectId}`, url);
    default:
      return tenantPath(slug, '/portal/notifications', url);
  }
}
