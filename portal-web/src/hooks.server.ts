import type { Handle, HandleServerError } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { env } from '$env/dynamic/private';
import { GRAPHQL_PATH } from '$lib/graphql/client';
import { localeCookie, pickLocale } from '$lib/i18n';
import { proxyToApi } from '$lib/server/proxy';

const defaultApiUrl = 'http://127.0.0.1:4000';

const apiProxy: Handle = ({ event, resolve }) => {
	if (event.url.pathname === GRAPHQL_PATH) {
		return proxyToApi(event, new URL(GRAPHQL_PATH, env.API_URL || defaultApiUrl));
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

export const handle = sequence(apiProxy, pages);

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status === 404) return { message: 'Not found', code: 'NOT_FOUND' };
	console.error(`Unexpected error on ${event.url.pathname}:`, error);
	return { message: 'Internal error', code: 'INTERNAL' };
};
