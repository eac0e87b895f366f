// Load functions' queries: one call, the signed-out case sent to the sign-in page, errors to the error page.
import { error, redirect } from '@sveltejs/kit';
import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { apiErrorCode, endedForInactivity, throwLoadError } from '@portico/web-shared/graphql/errors';
import { signInAgainPath } from './signed-out';
import { createLoadClient } from './client';

export async function loadQuery<Data, Variables extends AnyVariables>(
	event: { fetch: typeof fetch; url: URL },
	document: TypedDocumentNode<Data, Variables>,
	variables: Variables
): Promise<Data> {
	const result = await createLoadClient(event).query(document, variables).toPromise();
	if (result.error) {
		if (apiErrorCode(result.error) === 'UNAUTHENTICATED') redirect(303, signInAgainPath(endedForInactivity(result.error)));
		throwLoadError(result.error);
	}
	if (!result.data) error(500, { message: 'Empty answer', code: 'INTERNAL' });
	return result.data;
}
