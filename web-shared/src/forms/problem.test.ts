import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { reasonMessages } from '../i18n/reasons';
import { detailTexts, explanationText, fieldText, readProblem, type ProblemSpeaker } from './problem';

const apiError = (...errors: { message: string; extensions: Record<string, unknown> }[]) => new CombinedError({ graphQLErrors: errors });

const own: Record<string, string> = { 'error.conflict': 'CONFLICT (ours)', 'error.badInput': 'BAD INPUT (ours)', 'fieldError.phone': 'Téléphone : chiffres seulement.' };
function speaker(locale: 'en' | 'fr', untranslated: 'show' | 'hide' = 'show', fieldHint?: (field: string) => string | undefined): ProblemSpeaker {
  const dictionary: Record<string, string> = { ...reasonMessages[locale], ...own };
  return { locale, t: (key) => dictionary[key] ?? key, untranslated, fieldHint };
}

const siteHasJobs = apiError({ message: 'This address has 2 jobs, so it cannot be deleted.', extensions: { code: 'CONFLICT', reason: 'SITE_HAS_JOBS' } });

describe('a form’s problem', () => {
  it('is summed up by its reason first, then by its code', () => {
    expect(readProblem(siteHasJobs, []).summary).toBe('error.reason.SITE_HAS_JOBS');
    const noReason = apiError({ message: 'This technician is not free at that time.', extensions: { code: 'CONFLICT' } });
    expect(readProblem(noReason, []).summary).toBe('error.conflict');
    const unknownReason = apiError({ message: 'Something new.', extensions: { code: 'CONFLICT', reason: 'SOMETHING_NEW' } });
    expect(readProblem(unknownReason, []).summary).toBe('error.conflict');
  });

  it('takes the form’s own words over ours: by reason, then by code', () => {
    expect(readProblem(siteHasJobs, [], { messages: { CONFLICT: 'ours.refused' } }).summary).toBe('ours.refused');
    expect(readProblem(siteHasJobs, [], { messages: { CONFLICT: 'ours.refused', SITE_HAS_JOBS: 'ours.hasJobs' } }).summary).toBe('ours.hasJobs');
  });

  it('says a reason about a shown field next to the field, in the page’s language, and keeps the alert general', () => {
    const err = apiError({ message: 'This text contains a control character…', extensions: { code: 'BAD_USER_INPUT', field: 'input.name', reason: 'CONTROL_CHARACTER' } });
    const problem = readProblem(err, ['name', 'phone'] as const);
    expect(problem.summary).toBe('error.badInput');
    expect(fieldText(problem, 'name', speaker('en'))).toBe('This text contains a control character…');
    expect(fieldText(problem, 'name', speaker('fr'))).toBe(reasonMessages.fr['error.reason.CONTROL_CHARACTER']);
    expect(fieldText(problem, 'phone', speaker('fr'))).toBeUndefined();
    expect(explanationText(problem, speaker('fr'))).toBeNull();
  });

  it('without a reason, a field speaks the app’s hint in another language, else the API’s words', () => {
    const err = apiError({ message: 'Enter a phone number using digits…', extensions: { code: 'BAD_USER_INPUT', field: 'phone' } });
    const problem = readProblem(err, ['phone'] as const);
    expect(
      fieldText(
        problem,
        'phone',
        speaker('fr', 'hide', (field) => `fieldError.${field}`),
      ),
    ).toBe('Téléphone : chiffres seulement.');
    expect(fieldText(problem, 'phone', speaker('fr'))).toBe('Enter a phone number using digits…');
  });

  it('explains a general summary with the API’s words in English and the reason’s elsewhere', () => {
    const problem = readProblem(siteHasJobs, [], { messages: { CONFLICT: 'ours.refused' } });
    expect(explanationText(problem, speaker('en'))).toBe('This address has 2 jobs, so it cannot be deleted.');
    expect(explanationText(problem, speaker('fr'))).toBe(reasonMessages.fr['error.reason.SITE_HAS_JOBS']);
    // The reason already is the summary: nothing to add.
    expect(explanationText(readProblem(siteHasJobs, []), speaker('fr'))).toBeNull();
  });

  it('falls back to the API’s English words only where the app shows untranslated text', () => {
    const err = apiError({ message: 'This technician is not free at that time.', extensions: { code: 'CONFLICT' } });
    const problem = readProblem(err, []);
    expect(explanationText(problem, speaker('fr', 'show'))).toBe('This technician is not free at that time.');
    expect(explanationText(problem, speaker('fr', 'hide'))).toBeNull();
  });

  it('lists inputs the form does not show: the API’s words in English, translated reasons elsewhere', () => {
    const err = apiError({
      message: 'Invalid',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'name', message: 'Name is too long.' },
          { field: 'input.secret', message: 'Secret is wrong.' },
        ],
      },
    });
    const problem = readProblem(err, ['name'] as const);
    expect(problem.fields).toEqual({ name: 'Name is too long.' });
    expect(detailTexts(problem, speaker('en'))).toEqual(['Secret is wrong.']);
    expect(detailTexts(problem, speaker('fr', 'hide'))).toEqual([]);
    expect(detailTexts(problem, speaker('fr', 'show'))).toEqual(['Secret is wrong.']);
    const hostile = readProblem(apiError({ message: 'control', extensions: { code: 'BAD_USER_INPUT', field: 'token', reason: 'CONTROL_CHARACTER' } }), ['name'] as const);
    expect(detailTexts(hostile, speaker('fr', 'hide'))).toEqual([reasonMessages.fr['error.reason.CONTROL_CHARACTER']]);
  });

  it('uses the form’s summary for a rejected input it does not show (a link’s token)', () => {
    const err = apiError({ message: 'This link has expired.', extensions: { code: 'BAD_USER_INPUT', field: 'token' } });
    expect(readProblem(err, ['email', 'token'] as const, { fieldSummaries: { token: 'magic.invalid' } }).summary).toBe('magic.invalid');
  });
});
