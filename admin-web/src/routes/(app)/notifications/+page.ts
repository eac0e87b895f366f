import { loadQuery } from '$lib/graphql/client';
import { AdminNotifications, toNotificationPage } from '$lib/notifications';
import type { PageLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

/** `?show=unread`: only what is not read yet. */
export const load: PageLoad = async (event) => {
  liveDepends(event, 'NOTIFICATION');
  const unreadOnly = event.url.searchParams.get('show') === 'unread';
  const { myNotifications } = await loadQuery(event, AdminNotifications, { first: 20, unreadOnly });
  return { unreadOnly, first: toNotificationPage(myNotifications) };
};
