import type { LayoutServerLoad } from './$types';

/** The language hooks.server.ts picked (cookie, then Accept-Language). */
export const load: LayoutServerLoad = ({ locals }) => ({ locale: locals.locale });
