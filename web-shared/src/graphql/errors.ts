// Turns API errors (`extensions.code`, `extensions.field`) into something a page can show.
import { error } from '@sveltejs/kit';
import type { CombinedError } from '@urql/core';
import type { ErrorMessageKey } from '../i18n/messages';

/** Codes made up on this side of the API: the proxy's and urql's. */
export const API_UNAVAILABLE = 'API_UNAVAILABLE';
export const NETWORK_ERROR = 'NETWORK_ERROR';

const messageByCode: Record<string, ErrorMessageKey> = {
	UNAUTHENTICATED: 'error.unauthenticated',
	FORBIDDEN: 'error.forbidden',
	NOT_FOUND: 'error.notFound',
	BAD_USER_INPUT: 'error.badInput',
	CONFLICT: 'error.conflict',
	RATE_LIMITED: 'error.rateLimited',
	TOO_MANY_REQUESTS: 'error.rateLimited',
	GRAPHQL_VALIDATION_FAILED: 'error.outdated',
	[API_UNAVAILABLE]: 'error.unavailable',
	[NETWORK_ERROR]: 'error.network'
};

const statusByCode: Record<string, number> = {
	UNAUTHENTICATED: 401,
	FORBIDDEN: 403,
	NOT_FOUND: 404,
	BAD_USER_INPUT: 400,
	CONFLICT: 409,
	RATE_LIMITED: 429,
	TOO_MANY_REQUESTS: 429,
	[API_UNAVAILABLE]: 503,
	[NETWORK_ERROR]: 503
};

/** The first GraphQL error's `extensions.code`; NETWORK_ERROR when no GraphQL answer came back. */
export function apiErrorCode(err: CombinedError): string {
	const code = err.graphQLErrors[0]?.extensions?.code;
	if (typeof code === 'string') return code;
	return err.networkError ? NETWORK_ERROR : 'INTERNAL_SERVER_ERROR';
}

export function messageForCode(code: string | undefined): ErrorMessageKey {
	return (code && messageByCode[code]) || 'error.unknown';
}

export interface FormProblem<F extends string, K extends string = ErrorMessageKey> {
	code: string;
	/** What went wrong overall, for the alert above the form. */
	summary: K | ErrorMessageKey;
	/** API messages for the form's own fields, shown next to each field. */
	fields: Partial<Record<F, string>>;
	/** BAD_USER_INPUT messages about inputs this form does not show. */
	details: string[];
}

/**
 * Splits an API error for a form. A field may be named by its path (`input.email`): its last
 * segment is matched against the form's fields; the first message per field wins.
 */
export function formProblem<F extends string, K extends string = ErrorMessageKey>(
	err: CombinedError,
	formFields: readonly F[],
	overrides: Partial<Record<string, K>> = {}
): FormProblem<F, K> {
	const code = apiErrorCode(err);
	const fields: Partial<Record<F, string>> = {};
	const details: string[] = [];
	for (const gqlError of err.graphQLErrors) {
		if (gqlError.extensions?.code !== 'BAD_USER_INPUT') continue;
		for (const issue of inputIssues(gqlError.message, gqlError.extensions)) {
			const name = issue.field?.split('.').at(-1);
			const field = formFields.find((f) => f === name);
			if (field && fields[field] === undefined) fields[field] = issue.message;
			else if (!field) details.push(issue.message);
		}
	}
	return { code, summary: overrides[code] ?? messageForCode(code), fields, details };
}

interface InputIssue {
	field?: string;
	message: string;
}

/** `extensions.fields` lists every invalid input when the API sends it; else `field` names one. */
function inputIssues(message: string, extensions: Record<string, unknown>): InputIssue[] {
	const list = extensions.fields;
	if (Array.isArray(list) && list.length > 0) {
		return list.flatMap((item: unknown) =>
			isRecord(item) && typeof item.message === 'string'
				? [{ field: typeof item.field === 'string' ? item.field : undefined, message: item.message }]
				: []
		);
	}
	return [{ field: typeof extensions.field === 'string' ? extensions.field : undefined, message }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}

/** In a load function: show the error page with the right status; its text comes from `code`. */
export function throwLoadError(err: CombinedError): never {
	const code = apiErrorCode(err);
	error(statusByCode[code] ?? 500, { message: code, code });
}

/** The query parameter a sign-in page reads to say why the visitor is there. */
export const SIGNED_OUT_PARAM = 'signedOut';
export const SIGNED_OUT_INACTIVE = 'inactive';

/** Whether the API ended the session because it went unused past the business's limit (`reason: SESSION_IDLE`). */
export function endedForInactivity(err: CombinedError): boolean {
	return err.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' && e.extensions?.reason === 'SESSION_IDLE');
}
