// Types shared by the whole app: see https://svelte.dev/docs/kit/types#app.d.ts
import type { Locale } from '$lib/i18n';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** An API `extensions.code`, or one of ours (`TENANT_NOT_FOUND`, `INTERNAL`): the error page picks its text from it. */
			code?: string;
		}
		interface Locals {
			locale: Locale;
		}
	}
}

export {};
