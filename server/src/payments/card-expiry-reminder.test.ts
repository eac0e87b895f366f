import { describe, expect, it } from 'vitest';
import { cardExpiryReminderDue } from './card-expiry-reminder.js';

describe('cardExpiryReminderDue', () => {
  it('is due from the month before the expiry month, through the expiry month', () => {
    const expiry = { year: 2027, month: 1 };
    expect(cardExpiryReminderDue(expiry, { year: 2026, month: 11 })).toBe(false);
    expect(cardExpiryReminderDue(expiry, { year: 2026, month: 12 })).toBe(true);
    expect(cardExpiryReminderDue(expiry, { year: 2027, month: 1 })).toBe(true);
  });

  it('is not due once the card has expired, nor for cards far from expiry', () => {
    expect(cardExpiryReminderDue({ year: 2026, month: 10 }, { year: 2026, month: 11 })).toBe(false);
    expect(cardExpiryReminderDue({ year: 2030, month: 12 }, { year: 2026, month: 11 })).toBe(false);
  });
});
