import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import { createLoadClient } from '$lib/graphql/client';
import { apiErrorCode, throwLoadError } from '@portico/web-shared/graphql/errors';
import type { PageLoad } from './$types';

const PortalMe = graphql(`
	query PortalMe {
		me {
			id
			name
			email
			tenantSlug
		}
	}
`);

export const load: PageLoad = async (event) => {
	const result = await createLoadClient(event).query(PortalMe, {}).toPromise();
	if (result.error) {
		if (apiErrorCode(result.error) === 'UNAUTHENTICATED') {
			redirect(303, resolve('/[tenant=slug]/login', { tenant: event.params.tenant }));
		}
		throwLoadError(result.error);
	}
	if (!result.data) error(500, { message: 'Empty answer', code: 'INTERNAL' });
	// A session belongs to one business: signed in at another one, sign in here first.
	if (result.data.me.tenantSlug !== event.params.tenant) {
		redirect(303, resolve('/[tenant=slug]/login', { tenant: event.params.tenant }));
	}
	return { me: result.data.me };
};
