// The notification centre's shared parts: what a notification says, and the bell's count and reads.
export { notificationText, type Audience, type NotificationItem } from './text';
export { NotificationCentre, provideNotificationCentre, refreshNotifications, useNotificationCentre, type NotificationPage, type NotificationTransport } from './centre.svelte.js';
export { notificationPage, notificationTransport, type NotificationConnection, type NotificationDocuments } from './transport';
