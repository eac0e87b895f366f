// The placeholder rule: what a template may say, and how its text is filled in.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../common/languages.js';
import type { AppError } from '../errors/errors.js';
import { DEFAULT_TEMPLATES } from './default-templates.js';
import { addMonths, formatDay, formatPercent } from './project-document-facts.js';
import { GENERATED_KINDS, TEMPLATE_LIMITS, checkTemplateBlocks, fillPlaceholders, placeholdersFor } from './template-placeholders.js';

function refusal(run: () => unknown): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    return { message: (error as AppError).message, ...(error as AppError).extensions };
  }
  throw new Error('expected a refusal');
}

describe('template placeholders', () => {
  it('fills known placeholders, with or without spaces inside the braces, and leaves other text alone', () => {
    const text = fillPlaceholders('Dear {{customer.name}}, {{ project.name }} starts on {{project.startDate}}. {not one}', {
      'customer.name': 'Alex',
      'project.name': 'Kitchen',
      'project.startDate': 'March 2, 2027',
    });
    expect(text).toBe('Dear Alex, Kitchen starts on March 2, 2027. {not one}');
  });

  it('fills a placeholder the document has no value for with nothing', () => {
    expect(fillPlaceholders('[{{milestone.name}}]', {})).toBe('[]');
  });

  it('refuses an unknown placeholder on save, naming it', () => {
    const error = refusal(() => checkTemplateBlocks('WELCOME_PACK', [{ heading: 'Hi', body: 'Hello {{customer.nickname}}' }]));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_PLACEHOLDER', field: 'blocks.0.body', placeholder: 'customer.nickname' });
    expect(error.message).toContain('{{customer.nickname}}');
  });

  it('refuses a placeholder the kind of document has no value for (a milestone in a welcome pack)', () => {
    expect(refusal(() => checkTemplateBlocks('WELCOME_PACK', [{ heading: '{{milestone.name}}', body: 'x' }]))).toMatchObject({
      reason: 'UNKNOWN_PLACEHOLDER',
      field: 'blocks.0.heading',
      placeholder: 'milestone.name',
    });
    expect(checkTemplateBlocks('PROGRESS_REPORT', [{ heading: '{{milestone.name}}', body: 'x' }])).toHaveLength(1);
    expect(placeholdersFor('WARRANTY')).toContain('warranty.endDate');
    expect(placeholdersFor('WELCOME_PACK')).not.toContain('warranty.endDate');
  });

  it('refuses braces that do not make a placeholder', () => {
    expect(refusal(() => checkTemplateBlocks('WARRANTY', [{ heading: '', body: 'Until {{warranty.endDate}' }]))).toMatchObject({
      reason: 'MALFORMED_PLACEHOLDER',
      field: 'blocks.0.body',
    });
  });

  it('keeps templates within their limits: blocks, heading and body length, no empty block or template', () => {
    const block = { heading: 'H', body: 'B' };
    expect(refusal(() => checkTemplateBlocks('WARRANTY', []))).toMatchObject({ reason: 'EMPTY_TEMPLATE' });
    expect(
      refusal(() =>
        checkTemplateBlocks(
          'WARRANTY',
          Array.from({ length: TEMPLATE_LIMITS.blocks + 1 }, () => block),
        ),
      ),
    ).toMatchObject({ reason: 'TOO_MANY_BLOCKS' });
    expect(refusal(() => checkTemplateBlocks('WARRANTY', [block, { heading: 'x'.repeat(TEMPLATE_LIMITS.heading + 1), body: '' }]))).toMatchObject({
      reason: 'TOO_LONG',
      field: 'blocks.1.heading',
    });
    expect(refusal(() => checkTemplateBlocks('WARRANTY', [{ heading: '', body: 'x'.repeat(TEMPLATE_LIMITS.body + 1) }]))).toMatchObject({
      reason: 'TOO_LONG',
      field: 'blocks.0.body',
    });
    expect(refusal(() => checkTemplateBlocks('WARRANTY', [block, { heading: '  ', body: '\n' }]))).toMatchObject({ reason: 'EMPTY_BLOCK', field: 'blocks.1' });
  });

  it('stores blocks trimmed, with Windows line ends made plain', () => {
    expect(checkTemplateBlocks('WARRANTY', [{ heading: '  Terms ', body: 'One\r\nTwo  ' }])).toEqual([{ heading: 'Terms', body: 'One\nTwo' }]);
  });

  it('passes every built-in template, in every language', () => {
    for (const kind of GENERATED_KINDS) for (const language of LANGUAGES) expect(checkTemplateBlocks(kind, DEFAULT_TEMPLATES[kind][language]).length).toBeGreaterThan(0);
  });
});

describe('values as the reader writes them', () => {
  it('writes days and percentages in the reader’s language', () => {
    expect(formatDay('2027-03-02', 'en')).toBe('March 2, 2027');
    expect(formatDay('2027-03-02', 'fr')).toBe('2 mars 2027');
    expect(formatDay('2027-03-02', 'es')).toBe('2 de marzo de 2027');
    expect(formatDay(null, 'en')).toBe('');
    expect(formatPercent(48.4, 'en')).toBe('48%');
    expect(formatPercent(48, 'fr')).toBe('48\u00a0%');
  });

  it('ends a warranty the same day so many months later, or on the last day of a shorter month', () => {
    expect(addMonths('2026-12-04', 24)).toBe('2028-12-04');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
});
