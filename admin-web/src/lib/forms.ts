// How the admin app's forms behave (the shared kit, @portico/web-shared/forms): a session that
// ended for inactivity goes to sign in, saying why; staff read the API's English words where we
// have no translation of a refusal (they name the job, the technician, the amount).
import type { Client } from '@urql/core';
import type { FormsSetup } from '@portico/web-shared/forms';
import { endedForInactivity } from '@portico/web-shared/graphql/errors';
import { signInAgainPath } from '$lib/graphql/signed-out';

/** For the root layout's `provideForms`. */
export function adminForms(client: Client): FormsSetup {
  return {
    client,
    signInPath: (error) => (endedForInactivity(error) ? signInAgainPath(true) : null),
    untranslated: 'show',
  };
}
