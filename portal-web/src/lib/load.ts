// Portal load functions: one typed query, a signed-out visitor sent to sign in (and back afterwards).
import { error, redirect } from '@sveltejs/kit';
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { apiErrorCode, endedForInactivity, throwLoadError } from '@portico/web-shared/graphql/errors';
import { createLoadClient } from '$lib/graphql/client';
import { signInPath } from '$lib/paths';

interface PortalLoadEvent {
	fetch: typeof fetch;
	url: URL;
	params: { tenant: string };
}

/** Runs `document`; UNAUTHENTICATED sends the visitor to sign in, other errors show the error page. */
export async function portalQuery<Data, Variables extends AnyVariables>(
	event: PortalLoadEvent,
	document: TypedDocumentNode<Data, Variables>,
	variables: Variables
): Promise<Data> {
	const result = await createLoadClient(event).query(document, variables).toPromise();
	if (result.error) {
		if (apiErrorCode(result.error) === 'UNAUTHENTICATED') {
			redirect(303, signInPath(event.params.tenant, event.url.pathname + event.url.search, event.url, endedForInactivity(result.error)));
		}
		throwLoadError(result.error);
	}
	if (!result.data) error(500, { message: 'Empty answer', code: 'INTERNAL' });
	return result.data;
}
