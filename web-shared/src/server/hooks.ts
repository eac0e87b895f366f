// The server hooks both web apps use: the API proxy, the locale, and the shape of unexpected errors.
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { localeCookie, pickLocale, type Locale } from '../i18n/translate';
import { proxyToApi } from './proxy';

const defaultApiUrl = 'http://127.0.0.1:4000';

export interface HooksOptions {
  /** The app's GraphQL endpoint on its own origin, forwarded to the same path on the API. */
  graphqlPath: string;
  /** The API's base URL, read per request (`API_URL` from `$env/dynamic/private`); default :4000. */
  apiUrl: () => string | undefined;
  /** The languages the app has dictionaries for (`locales` from its `$lib/i18n`). */
  locales: readonly Locale[];
}

/**
 * API routes outside GraphQL the browser reaches through this origin: files behind signed
 * links (downloads, uploads, invoice PDFs, .ics) and calendar feeds; and the API's public
 * resources (the business logo every tenant page shows, published reviews), read-only and
 * without the browser's credentials, as are the GraphQL playground's assets. Relative URLs such as a logo's `/public/v1/…` thus work
 * on this app's address and on a business's own domain alike, wherever the API itself lives.
 */
const apiRoutes: readonly { prefix: string; methods?: readonly string[]; anonymous?: boolean }[] = [
  { prefix: '/files/v1/' },
  { prefix: '/calendar/v1/' },
  { prefix: '/public/v1/', methods: ['GET', 'HEAD'], anonymous: true },
  // The GraphQL playground's own scripts and styles (the page itself is the GraphQL path).
  { prefix: '/graphql/assets/', methods: ['GET', 'HEAD'], anonymous: true },
];

/** Answers the API's routes (GraphQL, files, calendar feeds, public resources) by forwarding them; the rest goes on. */
export function createApiProxy({ graphqlPath, apiUrl }: Pick<HooksOptions, 'graphqlPath' | 'apiUrl'>): Handle {
  return ({ event, resolve }) => {
    const { pathname } = event.url;
    const target = () => new URL(pathname, apiUrl() || defaultApiUrl);
    if (pathname === graphqlPath) return proxyToApi(event, target());
    const route = apiRoutes.find(({ prefix }) => pathname.startsWith(prefix));
    if (!route) return resolve(event);
    if (route.methods && !route.methods.includes(event.request.method)) {
      return new Response(null, { status: 405, headers: { allow: route.methods.join(', ') } });
    }
    return proxyToApi(event, target(), { anonymous: route.anonymous });
  };
}

/** `handle` and `handleError` for an app's hooks.server.ts. */
export function createServerHooks(options: HooksOptions): {
  handle: Handle;
  handleError: HandleServerError;
} {
  const apiProxy = createApiProxy(options);

  const pages: Handle = ({ event, resolve }) => {
    const locale = pickLocale(event.cookies.get(localeCookie), event.request.headers.get('accept-language'), options.locales);
    event.locals.locale = locale;
    return resolve(event, {
      transformPageChunk: ({ html }) => html.replace('%lang%', locale),
      // urql reads content-type from responses that load functions fetched during SSR.
      filterSerializedResponseHeaders: (name) => name === 'content-type',
    });
  };

  const handleError: HandleServerError = ({ error, event, status }) => {
    if (status === 404) return { message: 'Not found', code: 'NOT_FOUND' };
    console.error(`Unexpected error on ${event.url.pathname}:`, error);
    return { message: 'Internal error', code: 'INTERNAL' };
  };

  return { handle: sequence(apiProxy, pages), handleError };
}
