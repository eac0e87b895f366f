import { describe, expect, it } from 'vitest';
import { daysElapsed, daysInPeriod, firstPeriod, nthPeriod, periodAfter, periodClosesAt, periodContaining } from './meter-period.js';

const monthly = { startsOn: '2026-01-02', endsOn: null, periodMonths: 1, billingDay: 1 };

describe('meter contract periods', () => {
  it('a monthly contract starting the day after its billing day has full calendar periods ending on the billing day', () => {
    expect(firstPeriod(monthly)).toEqual({ start: '2026-01-02', end: '2026-02-01' });
    expect(nthPeriod(monthly, 1)).toEqual({ start: '2026-02-02', end: '2026-03-01' });
    expect(nthPeriod(monthly, 11)).toEqual({ start: '2026-12-02', end: '2027-01-01' });
  });

  it('a first period is cut short to the first billing day after the start', () => {
    const terms = { startsOn: '2026-01-20', endsOn: null, periodMonths: 1, billingDay: 15 };
    expect(firstPeriod(terms)).toEqual({ start: '2026-01-20', end: '2026-02-15' });
    expect(nthPeriod(terms, 1)).toEqual({ start: '2026-02-16', end: '2026-03-15' });
  });

  it('a contract starting on its billing day runs its first period to the next one', () => {
    expect(firstPeriod({ startsOn: '2026-03-15', endsOn: null, periodMonths: 1, billingDay: 15 })).toEqual({ start: '2026-03-15', end: '2026-04-15' });
  });

  it('quarterly billing days count from the start month, so a first period may be short', () => {
    const terms = { startsOn: '2026-01-05', endsOn: null, periodMonths: 3, billingDay: 10 };
    expect(firstPeriod(terms)).toEqual({ start: '2026-01-05', end: '2026-01-10' });
    expect(nthPeriod(terms, 1)).toEqual({ start: '2026-01-11', end: '2026-04-10' });
  });

  it('quarterly periods end every third billing day', () => {
    const terms = { startsOn: '2026-01-11', endsOn: null, periodMonths: 3, billingDay: 10 };
    expect(firstPeriod(terms)).toEqual({ start: '2026-01-11', end: '2026-04-10' });
    expect(nthPeriod(terms, 1)).toEqual({ start: '2026-04-11', end: '2026-07-10' });
    expect(periodContaining(terms, '2026-08-01')).toEqual({ start: '2026-07-11', end: '2026-10-10' });
  });

  it('finds the period a day falls in, and none outside the contract', () => {
    const terms = { ...monthly, endsOn: '2026-05-20' };
    expect(periodContaining(terms, '2026-03-01')).toEqual({ start: '2026-02-02', end: '2026-03-01' });
    expect(periodContaining(terms, '2026-03-02')).toEqual({ start: '2026-03-02', end: '2026-04-01' });
    expect(periodContaining(terms, '2026-01-01')).toBeNull();
    expect(periodContaining(terms, '2026-05-21')).toBeNull();
  });

  it('the last period ends on the end date', () => {
    const terms = { ...monthly, endsOn: '2026-05-20' };
    expect(periodContaining(terms, '2026-05-10')).toEqual({ start: '2026-05-02', end: '2026-05-20' });
    expect(periodAfter(terms, { start: '2026-05-02', end: '2026-05-20' })).toBeNull();
    expect(periodAfter(terms, { start: '2026-04-02', end: '2026-05-01' })).toEqual({ start: '2026-05-02', end: '2026-05-20' });
  });

  it('counts days in a period and days gone by, today included', () => {
    const period = { start: '2026-02-02', end: '2026-03-01' };
    expect(daysInPeriod(period)).toBe(28);
    expect(daysElapsed(period, '2026-02-02')).toBe(1);
    expect(daysElapsed(period, '2026-02-15')).toBe(14);
    expect(daysElapsed(period, '2026-01-30')).toBe(0);
    expect(daysElapsed(period, '2026-04-01')).toBe(28);
  });

  it('a period closes at the end of its last day in the business’s time zone', () => {
    expect(periodClosesAt({ start: '2026-02-02', end: '2026-03-01' }, 'America/Toronto').toISOString()).toBe('2026-03-02T05:00:00.000Z');
    expect(periodClosesAt({ start: '2026-02-02', end: '2026-03-01' }, 'Europe/Paris').toISOString()).toBe('2026-03-01T23:00:00.000Z');
  });
});
