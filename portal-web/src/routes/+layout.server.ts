import { localeCookie } from '@portico/web-shared/i18n';
import type { LayoutServerLoad } from './$types';

/**
 * The language hooks.server.ts picked (cookie, then Accept-Language), and whether the person
 * picked it themselves: if not, a signed-in customer's own language wins (portal layout).
 */
export const load: LayoutServerLoad = ({ locals, cookies }) => ({
  locale: locals.locale,
  localeChosen: cookies.get(localeCookie) !== undefined,
});
