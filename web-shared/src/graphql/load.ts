// Load functions' queries: one typed call; a signed-out visitor goes to sign in, other errors to the error page.
import { error, redirect } from '@sveltejs/kit';
import type { AnyVariables, Client, TypedDocumentNode } from '@urql/core';
import { apiErrorCode, endedForInactivity, throwLoadError } from './errors';

interface LoadEvent {
  fetch: typeof fetch;
  url: URL;
}

/**
 * Binds `loadQuery` to an app: its load client and its sign-in page (`inactive` when the session
 * went unused past the business's limit, so the page can say why).
 */
export function queryLoader<E extends LoadEvent>(createLoadClient: (event: E) => Client, signInPath: (event: E, inactive: boolean) => string) {
  return async function loadQuery<Data, Variables extends AnyVariables>(event: E, document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data> {
    const result = await createLoadClient(event).query(document, variables).toPromise();
    if (result.error) {
      if (apiErrorCode(result.error) === 'UNAUTHENTICATED') redirect(303, signInPath(event, endedForInactivity(result.error)));
      throwLoadError(result.error);
    }
    if (!result.data) error(500, { message: 'Empty answer', code: 'INTERNAL' });
    return result.data;
  };
}
