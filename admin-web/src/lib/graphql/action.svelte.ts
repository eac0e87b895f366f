// Kept for the job pages (dispatch, jobs, my-day), which another change is rewriting: new code uses
// `Form` from @portico/web-shared/forms (`form.explanation` where this says `apiMessage`).
import { Form } from '@portico/web-shared/forms';
import type { MessageKey } from '$lib/i18n';

export class Action<F extends string = never> extends Form<F, MessageKey> {
	constructor(fields: readonly F[] = [], overrides: Partial<Record<string, MessageKey>> = {}) {
		super(fields, { messages: overrides });
	}

	/** The API's own words (the reason's, in French), for answers whose reason matters (a technician is busy). */
	get apiMessage(): string | null {
		return this.explanation;
	}
}
