import { error, redirect } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import { createLoadClient } from '$lib/graphql/client';
import { apiErrorCode, throwLoadError } from '@portico/web-shared/graphql/errors';
import type { PageLoad } from './$types';

const AdminMe = graphql(`
	query AdminMe {
		me {
			id
			name
			email
			role
		}
	}
`);

export const load: PageLoad = async (event) => {
	const result = await createLoadClient(event).query(AdminMe, {}).toPromise();
	if (result.error) {
		if (apiErrorCode(result.error) === 'UNAUTHENTICATED') redirect(303, resolve('/login'));
		throwLoadError(result.error);
	}
	if (!result.data) error(500, { message: 'Empty answer', code: 'INTERNAL' });
	return { me: result.data.me };
};
