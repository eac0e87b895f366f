// How a notification centre reaches the API, given the app's own documents (each app's are typed
// by its codegen, with its own fragment): the same four calls in both apps.
import type { Client, TypedDocumentNode } from '@urql/core';
import type { NotificationPage, NotificationTransport } from './centre.svelte';
import type { NotificationItem } from './text';

/** The API's page of notifications, as the app's codegen types it (`Node`: its fragment reference). */
export interface NotificationConnection<Node> {
  nodes: readonly Node[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The app's documents for the centre; `Node` is its fragment reference, `item` unmasks it. */
export interface NotificationDocuments<Node> {
  list: TypedDocumentNode<{ myNotifications: NotificationConnection<Node> }, { first: number; after: string | null; unreadOnly: boolean }>;
  unreadCount: TypedDocumentNode<{ myUnreadNotificationCount: number }, Record<string, never>>;
  markRead: TypedDocumentNode<{ markNotificationRead: Node }, { id: string }>;
  markAllRead: TypedDocumentNode<{ markAllNotificationsRead: { unreadCount: number; readAt: string } }, Record<string, never>>;
  item: (node: Node) => NotificationItem;
}

/** A page of the API's connection as the shared components take it. */
export function notificationPage<Node>(connection: NotificationConnection<Node>, item: (node: Node) => NotificationItem): NotificationPage {
  return { nodes: connection.nodes.map(item), hasNextPage: connection.pageInfo.hasNextPage, endCursor: connection.pageInfo.endCursor ?? null };
}

export function notificationTransport<Node>(client: Client, documents: NotificationDocuments<Node>): NotificationTransport {
  const fresh = { requestPolicy: 'network-only' } as const;
  return {
    async count() {
      const result = await client.query(documents.unreadCount, {}, fresh).toPromise();
      return result.data?.myUnreadNotificationCount ?? null;
    },
    async page({ first, after, unreadOnly }) {
      const result = await client.query(documents.list, { first, after, unreadOnly }, fresh).toPromise();
      return result.data ? notificationPage(result.data.myNotifications, documents.item) : null;
    },
    async markRead(id) {
      const result = await client.mutation(documents.markRead, { id }).toPromise();
      return result.data ? documents.item(result.data.markNotificationRead) : null;
    },
    async markAllRead() {
      const result = await client.mutation(documents.markAllRead, {}).toPromise();
      return result.data?.markAllNotificationsRead ?? null;
    },
  };
}
