// What went wrong with a form's request, read from the API's answer, and how to say it in the
// page's language: the reason's words first (`extensions.reason`), then the code's, and the API's
// own English words only when nothing of ours says it. Pure: form.svelte.ts adds the state.
import type { CombinedError } from '@urql/core';
import { apiErrorCode, apiReason, messageForCode } from '../graphql/errors';
import type { ErrorMessageKey } from '../i18n/messages';
import { isReason, reasonKey, type ReasonMessageKey } from '../i18n/reasons';

export interface FormProblem<F extends string, K extends string = never> {
  code: string;
  /** The alert's message key. */
  summary: K | ErrorMessageKey | ReasonMessageKey;
  /** The API's (English) words about the form's own fields, shown next to each field. */
  fields: Partial<Record<F, string>>;
  /** The API's (English) words about inputs this form does not show. */
  details: string[];
  /** `extensions.reason` of the first error. */
  reason?: string;
  /** The API's own words for the first error, unless a field of the form shows them already. */
  message?: string;
  /** The reason behind each field's words, when the API gave one. */
  fieldReasons?: Partial<Record<F, string>>;
  /** The reason behind each of `details`, when the API gave one. */
  detailReasons?: (string | undefined)[];
}

export interface ProblemOptions<F extends string, K extends string> {
  /** The form's own message keys, by reason or by code (`{ CONFLICT: 'assetTypes.codeTaken' }`): they win. */
  messages?: Partial<Record<string, K | ErrorMessageKey>>;
  /** A summary of the form's own when the API rejects one of these inputs (a link's token: no such field shows). */
  fieldSummaries?: Partial<Record<F, K | ErrorMessageKey>>;
}

interface Issue {
  field?: string;
  message: string;
  reason?: string;
}

/**
 * Splits an API error for a form. A field may be named by its path (`input.email`): its last
 * segment is matched against the form's fields; the first message per field wins.
 */
export function readProblem<F extends string, K extends string = never>(
  err: CombinedError,
  formFields: readonly F[],
  { messages = {}, fieldSummaries = {} }: ProblemOptions<F, K> = {},
): FormProblem<F, K> {
  const code = apiErrorCode(err);
  const reason = apiReason(err);
  const fields: Partial<Record<F, string>> = {};
  const fieldReasons: Partial<Record<F, string>> = {};
  const details: string[] = [];
  const detailReasons: (string | undefined)[] = [];
  const shown = (name: string | undefined) => formFields.find((f) => f === name?.split('.').at(-1));
  for (const gqlError of err.graphQLErrors) {
    if (gqlError.extensions.code !== 'BAD_USER_INPUT') continue;
    for (const issue of inputIssues(gqlError.message, gqlError.extensions)) {
      const field = shown(issue.field);
      if (field && fields[field] === undefined) {
        fields[field] = issue.message;
        if (issue.reason) fieldReasons[field] = issue.reason;
      } else if (!field) {
        details.push(issue.message);
        detailReasons.push(issue.reason);
      }
    }
  }
  const first = err.graphQLErrors[0];
  const onShownField = first !== undefined && shown(fieldOf(first.extensions)) !== undefined;
  let summary: FormProblem<F, K>['summary'] =
    (reason && messages[reason]) ||
    messages[code] ||
    // A reason about a field the form shows is said next to that field; the alert stays general.
    (isReason(reason) && !onShownField ? reasonKey(reason) : messageForCode(code));
  for (const field of formFields) {
    const own = fieldSummaries[field];
    if (own && fields[field] !== undefined) summary = own;
  }
  return {
    code,
    summary,
    fields,
    details,
    reason,
    message: first && !onShownField ? first.message : undefined,
    fieldReasons,
    detailReasons,
  };
}

function fieldOf(extensions: Record<string, unknown> | undefined): string | undefined {
  return typeof extensions?.field === 'string' ? extensions.field : undefined;
}

/** `extensions.fields` lists every invalid input when the API sends it; else `field` names one. */
function inputIssues(message: string, extensions: Record<string, unknown>): Issue[] {
  const list = extensions.fields;
  if (Array.isArray(list) && list.length > 0) {
    return list.flatMap((item: unknown) =>
      isRecord(item) && typeof item.message === 'string' ? [{ field: typeof item.field === 'string' ? item.field : undefined, message: item.message }] : [],
    );
  }
  const reason = typeof extensions.reason === 'string' ? extensions.reason : undefined;
  return [{ field: fieldOf(extensions), message, reason }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** How an app speaks about problems: its language, and what it does with words it cannot translate. */
export interface ProblemSpeaker {
  locale: string;
  t: (key: string) => string;
  /** The API's English words with no translation, in another language: shown (staff) or left out (customers). */
  untranslated: 'show' | 'hide';
  /** A hint of the app's own (a message key) for a field the API rejected, in another language than English. */
  fieldHint?: (field: string) => string | undefined;
  /** What to say next to a rejected field that has neither a hint nor a translated reason (a message key). */
  fieldFallback?: string;
}

function reasonText(reason: string | undefined, speaker: ProblemSpeaker): string | undefined {
  return isReason(reason) ? speaker.t(reasonKey(reason)) : undefined;
}

/**
 * The words next to `field`: the API's in English (the most precise), else the app's own hint for
 * that field (it knows the field's rule, e.g. which characters a customer's phone may hold), the
 * reason's, then the app's general words (or the API's).
 */
export function fieldText<F extends string>(problem: FormProblem<F, string>, field: F, speaker: ProblemSpeaker): string | undefined {
  const message = problem.fields[field];
  if (message === undefined || speaker.locale === 'en') return message;
  const hint = speaker.fieldHint?.(field);
  const fallback = speaker.fieldFallback ? speaker.t(speaker.fieldFallback) : message;
  return (hint ? speaker.t(hint) : undefined) ?? reasonText(problem.fieldReasons?.[field], speaker) ?? fallback;
}

/** What the alert lists under its summary: inputs the form does not show. */
export function detailTexts(problem: FormProblem<string, string>, speaker: ProblemSpeaker): string[] {
  if (speaker.locale === 'en') return problem.details;
  const texts = problem.details.flatMap((message, i) => {
    const text = reasonText(problem.detailReasons?.[i], speaker) ?? (speaker.untranslated === 'show' ? message : undefined);
    return text === undefined ? [] : [text];
  });
  return [...new Set(texts)];
}

/**
 * Why, in a sentence, when the summary is the form's or the code's: "This address has 2 jobs, so
 * it cannot be deleted." The API's words in English; the reason's elsewhere, else the API's
 * (English) words only where the app shows untranslated text.
 */
export function explanationText(problem: FormProblem<string, string>, speaker: ProblemSpeaker): string | null {
  const { message, reason } = problem;
  if (message === undefined) return null;
  if (isReason(reason) && problem.summary === reasonKey(reason)) return null;
  if (speaker.locale === 'en') return message;
  return reasonText(reason, speaker) ?? (speaker.untranslated === 'show' ? message : null);
}
