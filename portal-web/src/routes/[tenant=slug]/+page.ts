import { redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import type { PageLoad } from './$types';

/** The bare tenant address opens the portal (which sends signed-out visitors to sign in). */
export const load: PageLoad = ({ params }) => {
	redirect(307, resolve('/[tenant=slug]/portal', { tenant: params.tenant }));
};
