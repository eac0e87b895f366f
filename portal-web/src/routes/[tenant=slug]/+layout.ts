// Every tenant page needs the tenant's branding, and every portal page who is signed in (and the
// bell's and the messages' unread counts): a portal page asks for them in one request; the sign-in pages ask for the tenant alone, anonymously.
import { error, redirect } from '@sveltejs/kit';
import type { Client } from '@urql/core';
import { graphql, useFragment } from '$lib/gql';
import type { PortalTenantFieldsFragment } from '$lib/gql/graphql';
import { createLoadClient } from '$lib/graphql/client';
import { apiErrorCode, endedForInactivity, throwLoadError } from '@portico/web-shared/graphql/errors';
import { signInPath } from '$lib/paths';
import { PortalMeFields, PortalTenantFields, SESSION } from '$lib/session';
import type { LayoutLoad } from './$types';

const PortalTenant = graphql(`
  query PortalTenant($slug: String!) {
    portalTenant(slug: $slug) {
      ...PortalTenantFields
    }
  }
`);

const PortalSession = graphql(`
  query PortalSession($slug: String!) {
    portalTenant(slug: $slug) {
      ...PortalTenantFields
    }
    me {
      ...PortalMeFields
    }
    myUnreadNotificationCount
    myUnreadMessageCount
  }
`);

export const load: LayoutLoad = async (event) => {
  event.depends(SESSION);
  const slug = event.params.tenant;
  const client = createLoadClient(event);
  // Whether the page is in the portal is read without making it a dependency: moving between
  // portal pages does not ask again (signing in or out does, through SESSION).
  const inPortal = event.untrack(() => event.route.id.startsWith('/[tenant=slug]/portal'));
  if (inPortal) {
    const session = await client.query(PortalSession, { slug }).toPromise();
    if (session.data) {
      const tenant = useFragment(PortalTenantFields, session.data.portalTenant);
      if (!tenant) unknownTenant();
      return {
        tenant,
        me: useFragment(PortalMeFields, session.data.me),
        unreadNotifications: session.data.myUnreadNotificationCount,
        unreadMessages: session.data.myUnreadMessageCount,
      };
    }
    // Signed out (or anything else): the tenant alone says whether to sign in or that there is no such business.
    if (session.error && apiErrorCode(session.error) !== 'UNAUTHENTICATED') throwLoadError(session.error);
    await loadTenant(event, client);
    redirect(303, signInPath(slug, event.url.pathname + event.url.search, event.url, session.error ? endedForInactivity(session.error) : false));
  }
  return { tenant: await loadTenant(event, client), me: null, unreadNotifications: null, unreadMessages: null };
};

async function loadTenant(event: Parameters<LayoutLoad>[0], client: Client): Promise<PortalTenantFieldsFragment> {
  const result = await client.query(PortalTenant, { slug: event.params.tenant }).toPromise();
  if (result.error && apiErrorCode(result.error) !== 'NOT_FOUND') throwLoadError(result.error);
  return useFragment(PortalTenantFields, result.data?.portalTenant) ?? unknownTenant();
}

function unknownTenant(): never {
  error(404, { message: 'Unknown tenant', code: 'TENANT_NOT_FOUND' });
}
