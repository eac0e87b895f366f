// Every portal page needs the signed-in customer of this tenant; signed out, they go to sign in and come back.
import { redirect } from '@sveltejs/kit';
import { graphql } from '$lib/gql';
import { portalQuery } from '$lib/load';
import { signInPath } from '$lib/paths';
import type { LayoutLoad } from './$types';

const PortalMe = graphql(`
	query PortalMe {
		me {
			id
			name
			email
			tenantSlug
			locale
		}
	}
`);

export const load: LayoutLoad = async (event) => {
	const { me } = await portalQuery(event, PortalMe, {});
	// A session belongs to one business: signed in at another one, sign in here first.
	if (me.tenantSlug !== event.params.tenant) {
		redirect(303, signInPath(event.params.tenant, event.url.pathname + event.url.search, event.url));
	}
	return { me };
};
