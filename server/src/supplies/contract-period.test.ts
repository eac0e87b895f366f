import { describe, expect, it } from 'vitest';
import { contractPeriodOn } from './contract-period.js';

describe('contract period', () => {
  const monthly = { startsOn: '2026-01-15', periodMonths: 1, billingDay: 1 };

  it('the first period runs from the start to the billing day a period later, then billing day to billing day', () => {
    expect(contractPeriodOn(monthly, '2026-01-15')).toEqual({ start: '2026-01-15', end: '2026-02-01' });
    expect(contractPeriodOn(monthly, '2026-01-31')).toEqual({ start: '2026-01-15', end: '2026-02-01' });
    expect(contractPeriodOn(monthly, '2026-02-01')).toEqual({ start: '2026-02-01', end: '2026-03-01' });
    expect(contractPeriodOn(monthly, '2026-11-20')).toEqual({ start: '2026-11-01', end: '2026-12-01' });
    expect(contractPeriodOn(monthly, '2026-12-31')).toEqual({ start: '2026-12-01', end: '2027-01-01' });
  });

  it('quarterly and yearly periods step by their months', () => {
    const quarterly = { startsOn: '2026-01-10', periodMonths: 3, billingDay: 20 };
    expect(contractPeriodOn(quarterly, '2026-04-19')).toEqual({ start: '2026-01-10', end: '2026-04-20' });
    expect(contractPeriodOn(quarterly, '2026-11-20')).toEqual({ start: '2026-10-20', end: '2027-01-20' });
    expect(contractPeriodOn({ startsOn: '2025-06-01', periodMonths: 12, billingDay: 1 }, '2026-11-20')).toEqual({ start: '2026-06-01', end: '2027-06-01' });
  });

  it('has no period before the contract starts', () => {
    expect(contractPeriodOn(monthly, '2026-01-14')).toBeNull();
  });
});
