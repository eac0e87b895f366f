// Every portal page needs the signed-in customer of this tenant; signed out, they go to sign in and come back.
// The tenant layout loads them with the tenant (one request); coming from a sign-in page without
// signing in there, they are asked for here.
import { redirect } from '@sveltejs/kit';
import { graphql, useFragment } from '$lib/gql';
import { loadQuery } from '$lib/graphql/client';
import { signInPath } from '$lib/paths';
import { PortalMeFields } from '$lib/session';
import type { LayoutLoad } from './$types';
import { liveDepends } from '@portico/web-shared/graphql/live';

const PortalMe = graphql(`
  query PortalMe {
    me {
      ...PortalMeFields
    }
    myUnreadNotificationCount
    myUnreadMessageCount
  }
`);

export const load: LayoutLoad = async (event) => {
  liveDepends(event, 'CUSTOMER');
  const parent = await event.parent();
  let { me, unreadNotifications, unreadMessages } = parent;
  if (!me) {
    const asked = await loadQuery(event, PortalMe, {});
    me = useFragment(PortalMeFields, asked.me);
    unreadNotifications = asked.myUnreadNotificationCount;
    unreadMessages = asked.myUnreadMessageCount;
  }
  // A session belongs to one business: signed in at another one, sign in here first.
  if (me.tenantSlug !== event.params.tenant) {
    redirect(303, signInPath(event.params.tenant, event.url.pathname + event.url.search, event.url));
  }
  return { me, unreadNotifications: unreadNotifications ?? 0, unreadMessages: unreadMessages ?? 0 };
};
