// Forwards GRAPHQL_PATH to the API, picks the locale, shapes unexpected errors: see @portico/web-shared.
import { env } from '$env/dynamic/private';
import { createServerHooks } from '@portico/web-shared/server/hooks';
import { GRAPHQL_PATH } from '$lib/graphql/client';
import { locales } from '$lib/i18n';

export const { handle, handleError } = createServerHooks({
  graphqlPath: GRAPHQL_PATH,
  apiUrl: () => env.API_URL,
  locales,
});
