import type { ParamMatcher } from '@sveltejs/kit';

/** A tenant slug: letters, digits and inner hyphens. Anything else (favicon.ico, …) is a 404 without asking the API. */
export const match: ParamMatcher = (param) => /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/i.test(param);
