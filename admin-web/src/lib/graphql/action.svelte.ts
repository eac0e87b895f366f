// One mutation a component runs (a form, a button): whether it is busy, and what went wrong.
import type { AnyVariables, Client, TypedDocumentNode } from '@urql/core';
import { getContextClient } from '@urql/svelte';
import { goto } from '$app/navigation';
import { endedForInactivity, formProblem, type FormProblem } from '@portico/web-shared/graphql/errors';
import { signInAgainPath } from './signed-out';
import type { MessageKey } from '$lib/i18n';

export class Action<F extends string = never> {
	busy = $state(false);
	problem: FormProblem<F, MessageKey> | null = $state(null);
	/** The API's own words, for CONFLICT answers whose reason matters (a technician is busy). */
	apiMessage: string | null = $state(null);
	readonly #client: Client;
	readonly #fields: readonly F[];
	readonly #overrides: Partial<Record<string, MessageKey>>;

	/** Call during component initialisation (it reads the urql client from the context). */
	constructor(fields: readonly F[] = [], overrides: Partial<Record<string, MessageKey>> = {}) {
		this.#client = getContextClient();
		this.#fields = fields;
		this.#overrides = overrides;
	}

	async run<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables): Promise<Data | null> {
		if (this.busy) return null;
		this.busy = true;
		this.problem = null;
		this.apiMessage = null;
		const result = await this.#client.mutation(document, variables).toPromise();
		this.busy = false;
		if (result.error) {
			if (endedForInactivity(result.error)) {
				// Signed out for inactivity: straight to sign-in, which says why.
				await goto(signInAgainPath(true), { invalidateAll: true });
				return null;
			}
			this.problem = formProblem(result.error, this.#fields, this.#overrides);
			this.apiMessage = result.error.graphQLErrors[0]?.message ?? null;
			return null;
		}
		return result.data ?? null;
	}

	reset(): void {
		this.problem = null;
		this.apiMessage = null;
	}
}
