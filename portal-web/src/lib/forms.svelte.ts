// The state of one portal form: sending, the API's problem (per field), and a session that ended meanwhile.
import { tick } from 'svelte';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { CombinedError } from '@urql/core';
import { apiErrorCode, endedForInactivity, formProblem, type FormProblem } from '@portico/web-shared/graphql/errors';
import { fieldErrorText } from '$lib/field-errors';
import { getI18n, type MessageKey } from '$lib/i18n';
import { needsSignIn, signInPath } from '$lib/paths';

export class FormState<F extends string> {
	submitting = $state(false);
	problem: FormProblem<F, MessageKey> | null = $state(null);
	// Read during component set-up, where the context is available; `error` re-reads its locale.
	readonly #i18n = getI18n();

	constructor(
		/** The form's field names as the API names them; ids are `{idPrefix}-{name}`. */
		readonly fields: readonly F[],
		readonly idPrefix: string,
		readonly overrides: Partial<Record<string, MessageKey>> = {},
		/** A summary of our own when the API rejects one of these inputs (a link's token: the page shows no such field). */
		readonly fieldSummaries: Partial<Record<F, MessageKey>> = {}
	) {}

	/** The message to show next to `field`, if the API complained about it, in the page's language. */
	error(field: F): string | undefined {
		const message = this.problem?.fields[field];
		return message === undefined ? undefined : fieldErrorText(this.#i18n.locale, field, message, this.#i18n.t);
	}

	/** API messages about inputs the form does not show: English only, so left out in other languages (the summary stays). */
	get details(): string[] {
		return this.#i18n.locale === 'en' ? (this.problem?.details ?? []) : [];
	}

	/**
	 * Sends `action`; on success calls `done` with its data. A signed-out answer sends the customer
	 * to sign in and back here; any other error is kept for the form and focused.
	 */
	async submit<T>(
		action: () => Promise<{ data?: T; error?: CombinedError }>,
		done: (data: T) => unknown
	): Promise<boolean> {
		if (this.submitting) return false;
		this.submitting = true;
		this.problem = null;
		try {
			const result = await action();
			if (result.error) {
				if (apiErrorCode(result.error) === 'UNAUTHENTICATED' && page.params.tenant && needsSignIn(page.url.pathname)) {
					await goto(signInPath(page.params.tenant, page.url.pathname + page.url.search, page.url, endedForInactivity(result.error)), { invalidateAll: true });
					return false;
				}
				const problem = formProblem<F, MessageKey>(result.error, this.fields, this.overrides);
				for (const field of this.fields) {
					const summary = this.fieldSummaries[field];
					if (summary && problem.fields[field] !== undefined) problem.summary = summary;
				}
				this.problem = problem;
				await tick();
				this.focusProblem();
				return false;
			}
			if (result.data !== undefined) await done(result.data);
			return true;
		} finally {
			this.submitting = false;
		}
	}

	private focusProblem() {
		const field = this.fields.find((name) => this.problem?.fields[name] !== undefined);
		const target =
			(field && document.getElementById(`${this.idPrefix}-${field}`)) ||
			document.querySelector<HTMLElement>(`#${CSS.escape(this.idPrefix)}-alert [role="alert"]`);
		target?.focus();
	}
}
