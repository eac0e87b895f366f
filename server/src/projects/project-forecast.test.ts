import { describe, expect, it } from 'vitest';
import { delayDays, forecastEndDate } from './project-forecast.js';

describe('a project’s forecast end date', () => {
  it('is the target end date without delays', () => {
    expect(forecastEndDate('2027-03-12', [])).toBe('2027-03-12');
    expect(delayDays([])).toBe(0);
  });

  it('moves by every delay’s days, counted in calendar days (weekends included)', () => {
    // Friday 12 March 2027 + 3 days is Monday 15 March.
    expect(forecastEndDate('2027-03-12', [{ days: 3 }])).toBe('2027-03-15');
    expect(forecastEndDate('2027-03-12', [{ days: 10 }, { days: 5 }])).toBe('2027-03-27');
    expect(delayDays([{ days: 10 }, { days: 5 }])).toBe(15);
  });

  it('crosses months, years and leap days', () => {
    expect(forecastEndDate('2027-12-30', [{ days: 3 }])).toBe('2028-01-02');
    expect(forecastEndDate('2028-02-28', [{ days: 1 }])).toBe('2028-02-29');
    expect(forecastEndDate('2027-02-28', [{ days: 1 }])).toBe('2027-03-01');
  });

  it('is a calendar day, the same whatever the time zone of the machine (no daylight-saving shift)', () => {
    // 14 March 2027 is the US spring-forward day.
    expect(forecastEndDate('2027-03-13', [{ days: 2 }])).toBe('2027-03-15');
  });
});
