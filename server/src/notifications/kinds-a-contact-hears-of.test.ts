import { describe, expect, it } from 'vitest';
import type { ContactRight } from '../generated/prisma/enums.js';
import { contactChoices } from './kinds-a-contact-hears-of.js';

const contact = (rights: ContactRight[], isPrimary = false) => ({ isPrimary, rights, siteIds: [] });
const heard = (rights: ContactRight[], isPrimary = false) =>
  contactChoices(contact(rights, isPrimary), {})
    .filter((c) => c.hears)
    .map((c) => c.kind);

describe('kinds a contact hears of', () => {
  it('the primary hears of every kind, each by their stored choice or its default', () => {
    const choices = contactChoices(contact([], true), { invoiceIssued: 'none', jobCompleted: 'email' });
    expect(choices).toHaveLength(15);
    expect(choices.every((c) => c.hears)).toBe(true);
    expect(choices.find((c) => c.kind === 'invoiceIssued')?.channel).toBe('none');
    expect(choices.find((c) => c.kind === 'jobCompleted')?.channel).toBe('email');
    expect(choices.find((c) => c.kind === 'documentShared')?.channel).toBe('inApp');
  });

  it('a contact without the invoices right hears of no invoice, payment or quote', () => {
    const kinds = heard(['appointments', 'requests']);
    for (const kind of ['invoiceIssued', 'paymentReceived', 'paymentFailed', 'quoteSent'] as const) expect(kinds).not.toContain(kind);
    expect(kinds).toEqual(expect.arrayContaining(['bookingConfirmed', 'requestStatusChanged', 'messageReceived']));
  });

  it('either documents right brings shared documents; news for everyone comes without any right', () => {
    expect(heard(['documents_shared'])).toContain('documentShared');
    expect(heard(['documents_all'])).toContain('documentShared');
    expect(heard([])).toEqual(['messageReceived', 'projectDelayed', 'signatureRequested', 'meterReadingDue', 'supplyOrderUpdated']);
  });
});
