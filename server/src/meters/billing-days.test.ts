import { describe, expect, it } from 'vitest';
import { lastBillingDateBefore, nextBillingDate, readingDueFor, readingWindow, type BillingCycle } from './billing-days.js';

const monthly: BillingCycle = { startsOn: '2026-01-10', endsOn: null, periodMonths: 1, billingDay: 1 };
const quarterly: BillingCycle = { startsOn: '2026-01-10', endsOn: '2026-12-31', periodMonths: 3, billingDay: 15 };

describe('billing days', () => {
  it('are on the billing day every period, from the first one after the start', () => {
    expect(nextBillingDate(monthly, '2026-01-10')).toBe('2026-02-01');
    expect(nextBillingDate(monthly, '2026-02-01')).toBe('2026-02-01');
    expect(nextBillingDate(monthly, '2026-02-02')).toBe('2026-03-01');
    expect(nextBillingDate(quarterly, '2026-01-10')).toBe('2026-01-15');
    expect(nextBillingDate(quarterly, '2026-01-16')).toBe('2026-04-15');
    expect(nextBillingDate(monthly, '2026-12-20')).toBe('2027-01-01');
  });

  it('stop at the end of the contract', () => {
    expect(nextBillingDate(quarterly, '2026-10-16')).toBeNull();
    expect(lastBillingDateBefore(quarterly, '2027-03-01')).toBe('2026-10-15');
  });

  it('knows the last closed one', () => {
    expect(lastBillingDateBefore(monthly, '2026-02-01')).toBeNull();
    expect(lastBillingDateBefore(monthly, '2026-02-02')).toBe('2026-02-01');
  });

  it('has a reading window of the days before the billing day, and the day itself', () => {
    expect(readingWindow('2026-03-01', 5)).toEqual({ from: '2026-02-24', to: '2026-03-01' });
    expect(readingDueFor(monthly, '2026-02-23', 5)).toBeNull();
    expect(readingDueFor(monthly, '2026-02-24', 5)).toBe('2026-03-01');
    expect(readingDueFor(monthly, '2026-03-01', 5)).toBe('2026-03-01');
    expect(readingDueFor(monthly, '2026-03-02', 5)).toBeNull();
  });
});
