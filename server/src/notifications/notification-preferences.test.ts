import { describe, expect, it } from 'vitest';
import { CUSTOMER_DEFAULTS, changedPreferences, channelFor, preferencesOf, wantsEmail, wantsInApp } from './notification-preferences.js';

describe('notification preferences', () => {
  it('a person who never chose gets each kind by its default', () => {
    expect(preferencesOf('customer', {})).toHaveLength(15);
    expect(channelFor('customer', {}, 'quoteSent')).toBe('both');
    expect(channelFor('customer', {}, 'projectDelayed')).toBe('both');
    expect(channelFor('customer', {}, 'signatureRequested')).toBe('both');
    expect(channelFor('customer', {}, 'meterReadingDue')).toBe('both');
    expect(channelFor('customer', {}, 'supplyOrderUpdated')).toBe('both');
    expect(channelFor('customer', null, 'invoiceIssued')).toBe('both');
    expect(channelFor('customer', 'nonsense', 'documentShared')).toBe('inApp');
    expect(channelFor('staff', {}, 'urgentRequest')).toBe('both');
    expect(channelFor('staff', {}, 'reviewSubmitted')).toBe('inApp');
  });

  it('a stored choice wins; unknown channels and kinds of the other audience are ignored', () => {
    const stored = { invoiceIssued: 'none', bookingChanged: 'loud', newBooking: 'email' };
    expect(channelFor('customer', stored, 'invoiceIssued')).toBe('none');
    expect(channelFor('customer', stored, 'bookingChanged')).toBe(CUSTOMER_DEFAULTS.bookingChanged);
    expect(preferencesOf('customer', stored).map((p) => p.kind)).not.toContain('newBooking');
  });

  it('a change keeps the other kinds as they were', () => {
    const next = changedPreferences('customer', { jobCompleted: 'email' }, [{ kind: 'invoiceIssued', channel: 'inApp' }]);
    expect(next.jobCompleted).toBe('email');
    expect(next.invoiceIssued).toBe('inApp');
    expect(next.bookingConfirmed).toBe('both');
  });

  it('each channel says whether the bell and the mailbox hear of it', () => {
    expect([wantsInApp('both'), wantsEmail('both')]).toEqual([true, true]);
    expect([wantsInApp('inApp'), wantsEmail('inApp')]).toEqual([true, false]);
    expect([wantsInApp('email'), wantsEmail('email')]).toEqual([false, true]);
    expect([wantsInApp('none'), wantsEmail('none')]).toEqual([false, false]);
  });
});
