import { redirect } from '@sveltejs/kit';
import { tenantPath } from '$lib/paths';
import type { PageLoad } from './$types';

/** The bare tenant address opens the portal (which sends signed-out visitors to sign in). */
export const load: PageLoad = ({ params, url }) => {
  redirect(307, tenantPath(params.tenant, '/portal', url));
};
