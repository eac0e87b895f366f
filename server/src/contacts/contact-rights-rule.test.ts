import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkedRights, checkedSiteIds, contactHas, effectiveRights } from './contact-rights-rule.js';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

function refusal(work: () => unknown): Record<string, unknown> {
  try {
    work();
  } catch (error) {
    if (error instanceof GraphQLError) return error.extensions;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('contact rights', () => {
  it('keeps the rights given, once each, in reading order', () => {
    expect(checkedRights(['contacts', 'invoices', 'invoices'])).toEqual(['invoices', 'contacts']);
    expect(checkedRights([])).toEqual([]);
  });

  it('refuses every document and only shared documents together (RIGHTS_CONFLICT)', () => {
    expect(refusal(() => checkedRights(['documents_all', 'documents_shared']))).toEqual({ code: 'BAD_USER_INPUT', reason: 'RIGHTS_CONFLICT', field: 'rights' });
  });

  it('gives the primary contact every right whatever is stored', () => {
    expect(effectiveRights({ isPrimary: true, rights: [] })).toEqual(['invoices', 'appointments', 'requests', 'documents_all', 'contacts']);
    expect(effectiveRights({ isPrimary: false, rights: ['requests', 'invoices'] })).toEqual(['invoices', 'requests']);
  });

  it('answers either documents right for documents', () => {
    expect(contactHas({ isPrimary: false, rights: ['documents_shared'] }, 'documents')).toBe(true);
    expect(contactHas({ isPrimary: false, rights: ['documents_all'] }, 'documents')).toBe(true);
    expect(contactHas({ isPrimary: false, rights: ['invoices'] }, 'documents')).toBe(false);
    expect(contactHas({ isPrimary: false, rights: ['invoices'] }, 'appointments')).toBe(false);
    expect(contactHas({ isPrimary: true, rights: [] }, 'contacts')).toBe(true);
  });

  it("limits to the account's own sites only (SITE_NOT_FOUND)", () => {
    expect(checkedSiteIds([A, A.toUpperCase()], [A, B])).toEqual([A]);
    expect(checkedSiteIds([], [A])).toEqual([]);
    expect(refusal(() => checkedSiteIds([B], [A]))).toEqual({ code: 'BAD_USER_INPUT', reason: 'SITE_NOT_FOUND', field: 'siteIds' });
  });
});
