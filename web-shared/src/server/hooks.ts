// The server hooks both web apps use: the API proxy, the locale, and the shape of unexpected errors.
import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { localeCookie, pickLocale } from '../i18n/translate';
import { proxyToApi } from './proxy';

const defaultApiUrl = 'http://127.0.0.1:4000';

export interface HooksOptions {
	/** The app's GraphQL endpoint on its own origin, forwarded to the same path on the API. */
	graphqlPath: string;
	/** The API's base URL, read per request (`API_URL` from `$env/dynamic/private`); default :4000. */
	apiUrl: () => string | undefined;
}

/**
 * API routes outside GraphQL the browser reaches through this origin: files behind signed
 * links (downloads, uploads, invoice PDFs, .ics) and calendar feeds.
 */
const apiPrefixes = ['/files/v1/', '/calendar/v1/'];

/** `handle` and `handleError` for an app's hooks.server.ts. */
export function createServerHooks({ graphqlPath, apiUrl }: HooksOptions): {
	handle: Handle;
	handleError: HandleServerError;
} {
	const apiProxy: Handle = ({ event, resolve }) => {
		const { pathname } = event.url;
		if (pathname === graphqlPath || apiPrefixes.some((prefix) => pathname.startsWith(prefix))) {
			return proxyToApi(event, new URL(pathname, apiUrl() || defaultApiUrl));
		}
		return resolve(event);
	};

	const pages: Handle = ({ event, resolve }) => {
		const locale = pickLocale(
			event.cookies.get(localeCookie),
			event.request.headers.get('accept-language')
		);
		event.locals.locale = locale;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', locale),
			// urql reads content-type from responses that load functions fetched during SSR.
			filterSerializedResponseHeaders: (name) => name === 'content-type'
		});
	};

	const handleError: HandleServerError = ({ error, event, status }) => {
		if (status === 404) return { message: 'Not found', code: 'NOT_FOUND' };
		console.error(`Unexpected error on ${event.url.pathname}:`, error);
		return { message: 'Internal error', code: 'INTERNAL' };
	};

	return { handle: sequence(apiProxy, pages), handleError };
}
