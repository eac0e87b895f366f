// One form or button that sends a mutation: whether it is busy, what went wrong (in the page's
// language, next to each field), and a session that ended meanwhile. Both apps' forms use it.
import { createContext, tick } from 'svelte';
import { goto } from '$app/navigation';
import type { AnyVariables, Client, CombinedError, TypedDocumentNode } from '@urql/core';
import { getI18n } from '../i18n/i18n.svelte.js';
import type { ErrorMessageKey } from '../i18n/messages';
import { detailTexts, explanationText, fieldText, readProblem, type FormProblem, type ProblemOptions, type ProblemSpeaker } from './problem';

/** What an app tells its forms once, in its root layout (`provideForms`). */
export interface FormsSetup {
  /** The browser client mutations go through. */
  client: Client;
  /** Where to send someone whose session ended meanwhile, or null to keep the answer in the form. */
  signInPath(error: CombinedError): string | null;
  /** The API's English words with no translation, in another language: shown (staff) or left out (customers). */
  untranslated: ProblemSpeaker['untranslated'];
  /** A hint of the app's own (a message key) for a field the API rejected, used in other languages than English. */
  fieldHint?: (field: string) => string | undefined;
  /** What to say next to a rejected field that has neither a hint nor a translated reason (a message key). */
  fieldFallback?: string;
}

const [getSetup, setSetup] = createContext<FormsSetup>();

/** Call once, in the root layout, after creating the browser client. */
export function provideForms(setup: FormsSetup): void {
  setSetup(setup);
}

export interface FormOptions<F extends string, K extends string> extends ProblemOptions<F, K> {
  /** Ids of the fields are `{id}-{name}` and the alert sits in `{id}-alert`: a problem takes the focus there. */
  id?: string;
}

type Answer<Data> = { data?: Data; error?: CombinedError };

export class Form<F extends string = never, K extends string = never> {
  busy = $state(false);
  problem: FormProblem<F, K> | null = $state(null);
  readonly id: string | undefined;
  readonly #fields: readonly F[];
  readonly #options: FormOptions<F, K>;
  // Read during component set-up, where the context is available.
  readonly #setup = getSetup();
  readonly #i18n = getI18n<K>();

  /** Call during component initialisation (it reads the app's setup and language from the context). */
  constructor(fields: readonly F[] = [], options: FormOptions<F, K> = {}) {
    this.#fields = fields;
    this.#options = options;
    this.id = options.id;
  }

  /**
   * Sends the mutation; on success `done` runs with its data while the form still shows it is
   * busy, and the data is returned. On failure: null, and `problem` says why.
   */
  run<Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables, done?: (data: Data) => unknown): Promise<Data | null> {
    return this.submit(() => this.#setup.client.mutation(document, variables).toPromise(), done);
  }

  /** Like `run`, for an answer obtained another way (a request the caller sends itself). */
  async submit<Data>(send: () => Promise<Answer<Data>>, done?: (data: Data) => unknown): Promise<Data | null> {
    if (this.busy) return null;
    this.busy = true;
    this.problem = null;
    try {
      const result = await send();
      if (result.error) {
        const signIn = this.#setup.signInPath(result.error);
        if (signIn !== null) {
          await goto(signIn);
          return null;
        }
        this.problem = readProblem(result.error, this.#fields, this.#options);
        if (this.id) {
          await tick();
          this.#focusProblem();
        }
        return null;
      }
      if (result.data === undefined) return null;
      await done?.(result.data);
      return result.data;
    } finally {
      this.busy = false;
    }
  }

  /** A problem found on this side (nothing was sent): shown like the API's. */
  fail(summary: K | ErrorMessageKey): void {
    this.problem = { code: 'BAD_USER_INPUT', summary, fields: {}, details: [] };
  }

  reset(): void {
    this.problem = null;
  }

  /** The alert's text, in the page's language. */
  get summary(): string | null {
    return this.problem ? this.#i18n.t(this.problem.summary) : null;
  }

  /** The words next to `field`, if the API complained about it, in the page's language. */
  error(field: F): string | undefined {
    return this.problem ? fieldText(this.problem, field, this.#speaker) : undefined;
  }

  /** What the alert lists under its summary: inputs the form does not show. */
  get details(): string[] {
    return this.problem ? detailTexts(this.problem, this.#speaker) : [];
  }

  /** Why, in a sentence of the API's, when the summary is general ("This address has 2 jobs…"). */
  get explanation(): string | null {
    return this.problem ? explanationText(this.problem, this.#speaker) : null;
  }

  get #speaker(): ProblemSpeaker {
    const { untranslated, fieldHint, fieldFallback } = this.#setup;
    // Reads `locale`: texts follow the language switcher.
    return { locale: this.#i18n.locale, t: (key) => this.#i18n.t(key as K), untranslated, fieldHint, fieldFallback };
  }

  #focusProblem(): void {
    const field = this.#fields.find((name) => this.problem?.fields[name] !== undefined);
    const target = (field && document.getElementById(`${this.id}-${field}`)) || document.querySelector<HTMLElement>(`#${CSS.escape(`${this.id}-alert`)} [role="alert"]`);
    target?.focus();
  }
}
