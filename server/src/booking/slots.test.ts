// Slot computation against hand-worked cases (no database).
import { describe, expect, it } from 'vitest';
import { computeSlots, freeTechnicians, slotProblem, type BookingRules, type BusyRange } from './slots.js';

const weekdays = (ranges: [string, string][]) => ({ '1': ranges, '2': ranges, '3': ranges, '4': ranges, '5': ranges });

function rules(overrides: Partial<BookingRules> = {}): BookingRules {
  return {
    timeZone: 'America/Chicago',
    hours: weekdays([['08:00', '12:00']]),
    slotMinutes: 60,
    minLeadMinutes: 0,
    maxAdvanceDays: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    closedDates: new Set(),
    ...overrides,
  };
}

const iso = (d: Date) => d.toISOString();
const times = (days: ReturnType<typeof computeSlots>, date: string) => days.find((d) => d.date === date)?.slots.map((s) => s.localTime);
const starts = (days: ReturnType<typeof computeSlots>, date: string) => days.find((d) => d.date === date)?.slots.map((s) => iso(s.start));

describe('slots', () => {
  it('a normal week: each weekday offers its hours, weekends nothing', () => {
    // Sunday 22 Nov 2026, noon in Chicago (CST, UTC-6).
    const days = computeSlots({ rules: rules(), durationMinutes: 60, technicianIds: ['a'], busy: [], from: '2026-11-23', to: '2026-11-29', now: new Date('2026-11-22T18:00:00Z') });
    expect(days.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(times(days, '2026-11-23')).toEqual(['08:00', '09:00', '10:00', '11:00']);
    expect(starts(days, '2026-11-23')).toEqual(['2026-11-23T14:00:00.000Z', '2026-11-23T15:00:00.000Z', '2026-11-23T16:00:00.000Z', '2026-11-23T17:00:00.000Z']);
    expect(days[0]!.slots[0]!.end.toISOString()).toBe('2026-11-23T15:00:00.000Z');
    expect(times(days, '2026-11-28')).toEqual([]);
    expect(times(days, '2026-11-29')).toEqual([]);
  });

  it('a 90-minute service on 30-minute steps only starts where it ends by closing time', () => {
    const days = computeSlots({
      rules: rules({ slotMinutes: 30 }),
      durationMinutes: 90,
      technicianIds: ['a'],
      busy: [],
      from: '2026-11-23',
      to: '2026-11-23',
      now: new Date('2026-11-22T18:00:00Z'),
    });
    expect(times(days, '2026-11-23')).toEqual(['08:00', '08:30', '09:00', '09:30', '10:00', '10:30']);
  });

  // The night hours make the skipped or repeated hour bookable on the day of the change.
  const night: [string, string][] = [['00:00', '05:00']];
  const dst = [
    { zone: 'America/New_York', change: '2027-03-14', kind: 'spring', before: ['2027-03-12', '2027-03-12T14:00:00.000Z'], after: ['2027-03-15', '2027-03-15T13:00:00.000Z'] },
    { zone: 'America/New_York', change: '2026-11-01', kind: 'fall', before: ['2026-10-30', '2026-10-30T13:00:00.000Z'], after: ['2026-11-02', '2026-11-02T14:00:00.000Z'] },
    { zone: 'Europe/Paris', change: '2027-03-28', kind: 'spring', before: ['2027-03-26', '2027-03-26T08:00:00.000Z'], after: ['2027-03-29', '2027-03-29T07:00:00.000Z'] },
    { zone: 'Europe/Paris', change: '2026-10-25', kind: 'fall', before: ['2026-10-23', '2026-10-23T07:00:00.000Z'], after: ['2026-10-26', '2026-10-26T08:00:00.000Z'] },
  ] as const;

  for (const c of dst) {
    it(`${c.zone}, ${c.kind} change on ${c.change}: 09:00 stays 09:00 local and the changed hour is right`, () => {
      const r = rules({ timeZone: c.zone, hours: { ...weekdays([['09:00', '10:00']]), '7': night }, slotMinutes: 30, maxAdvanceDays: 365 });
      const now = new Date(`${c.before[0]}T00:00:00Z`);
      now.setUTCDate(now.getUTCDate() - 1);
      const days = computeSlots({ rules: r, durationMinutes: 30, technicianIds: ['a'], busy: [], from: c.before[0], to: c.after[0], now });
      expect(starts(days, c.before[0])?.[0]).toBe(c.before[1]);
      expect(starts(days, c.after[0])?.[0]).toBe(c.after[1]);
      expect(times(days, c.before[0])).toEqual(['09:00', '09:30']);
      expect(times(days, c.after[0])).toEqual(['09:00', '09:30']);
      const changeDay = days.find((d) => d.date === c.change)!.slots;
      const instants = changeDay.map((s) => s.start.getTime());
      expect(new Set(instants).size).toBe(instants.length);
      expect(instants).toEqual([...instants].sort((a, b) => a - b));
      const skipped = ['02:00', '02:30'];
      if (c.kind === 'spring') {
        // 02:00-03:00 does not exist that night.
        expect(changeDay.map((s) => s.localTime)).toEqual(['00:00', '00:30', '01:00', '01:30', '03:00', '03:30', '04:00', '04:30']);
        for (const t of skipped) expect(changeDay.map((s) => s.localTime)).not.toContain(t);
      } else {
        // The repeated hour is offered once per wall-clock time, never twice.
        const repeated = c.zone === 'America/New_York' ? '01:30' : '02:30';
        expect(changeDay.map((s) => s.localTime)).toEqual(['00:00', '00:30', '01:00', '01:30', '02:00', '02:30', '03:00', '03:30', '04:00', '04:30']);
        expect(changeDay.filter((s) => s.localTime === repeated)).toHaveLength(1);
      }
    });
  }

  it('a fully booked day offers nothing, a day with one free technician still offers', () => {
    const busy: BusyRange[] = ['a', 'b'].map((technicianId) => ({ technicianId, start: new Date('2026-11-23T14:00:00Z'), end: new Date('2026-11-23T18:00:00Z') }));
    busy.push({ technicianId: 'a', start: new Date('2026-11-24T14:00:00Z'), end: new Date('2026-11-24T18:00:00Z') });
    const days = computeSlots({
      rules: rules(),
      durationMinutes: 60,
      technicianIds: ['a', 'b'],
      busy,
      from: '2026-11-23',
      to: '2026-11-24',
      now: new Date('2026-11-22T18:00:00Z'),
    });
    expect(times(days, '2026-11-23')).toEqual([]);
    expect(times(days, '2026-11-24')).toEqual(['08:00', '09:00', '10:00', '11:00']);
  });

  it('lead time: a start exactly at now + lead is bookable, one minute earlier is not', () => {
    // Monday 23 Nov, 08:00 in Chicago; 120 minutes of lead.
    const now = new Date('2026-11-23T14:00:00Z');
    const r = rules({ minLeadMinutes: 120 });
    const days = computeSlots({ rules: r, durationMinutes: 60, technicianIds: ['a'], busy: [], from: '2026-11-23', to: '2026-11-23', now });
    expect(times(days, '2026-11-23')).toEqual(['10:00', '11:00']);
    expect(slotProblem(r, new Date('2026-11-23T15:00:00Z'), 60, now)).toBe('lead_time');
    expect(slotProblem(r, new Date('2026-11-23T13:00:00Z'), 60, now)).toBe('past');
    expect(slotProblem(r, new Date('2026-11-23T16:00:00Z'), 60, now)).toBeNull();
  });

  it('horizon: the last bookable day is today + maxAdvanceDays, local', () => {
    const now = new Date('2026-11-23T14:00:00Z');
    const days = computeSlots({ rules: rules({ maxAdvanceDays: 2 }), durationMinutes: 60, technicianIds: ['a'], busy: [], from: '2026-11-24', to: '2026-11-26', now });
    expect(times(days, '2026-11-25')).toHaveLength(4);
    expect(times(days, '2026-11-26')).toEqual([]);
    expect(slotProblem(rules({ maxAdvanceDays: 2 }), new Date('2026-11-26T14:00:00Z'), 60, now)).toBe('horizon');
  });

  it('buffers keep bufferAfter + bufferBefore between jobs on both sides', () => {
    // An existing job 10:00-11:00; 15 minutes before and 30 after each job.
    const busy = [{ technicianId: 'a', start: new Date('2026-11-23T16:00:00Z'), end: new Date('2026-11-23T17:00:00Z') }];
    const r = rules({ hours: weekdays([['07:00', '14:00']]), bufferBeforeMinutes: 15, bufferAfterMinutes: 30 });
    const days = computeSlots({ rules: r, durationMinutes: 60, technicianIds: ['a'], busy, from: '2026-11-23', to: '2026-11-23', now: new Date('2026-11-22T18:00:00Z') });
    // 08:00-09:00 + 30 ends 09:30 < 09:45; 09:00 would end 10:30 > 09:45; 12:00 - 15 = 11:45 > 11:30.
    expect(times(days, '2026-11-23')).toEqual(['07:00', '08:00', '12:00', '13:00']);
  });

  it('a closed date offers nothing and is named as closed', () => {
    const r = rules({ closedDates: new Set(['2026-11-26']) });
    const days = computeSlots({ rules: r, durationMinutes: 60, technicianIds: ['a'], busy: [], from: '2026-11-25', to: '2026-11-26', now: new Date('2026-11-22T18:00:00Z') });
    expect(times(days, '2026-11-25')).toHaveLength(4);
    expect(times(days, '2026-11-26')).toEqual([]);
    expect(slotProblem(r, new Date('2026-11-26T14:00:00Z'), 60, new Date('2026-11-22T18:00:00Z'))).toBe('closed');
    expect(slotProblem(r, new Date('2026-11-25T14:30:00Z'), 60, new Date('2026-11-22T18:00:00Z'))).toBe('outside_hours');
  });

  it('the least loaded free technician comes first', () => {
    const busy = [
      { technicianId: 'a', start: new Date('2026-11-23T14:00:00Z'), end: new Date('2026-11-23T15:00:00Z') },
      { technicianId: 'a', start: new Date('2026-11-23T16:00:00Z'), end: new Date('2026-11-23T17:00:00Z') },
      { technicianId: 'b', start: new Date('2026-11-23T14:00:00Z'), end: new Date('2026-11-23T15:00:00Z') },
    ];
    expect(freeTechnicians(rules(), ['a', 'b', 'c'], busy, new Date('2026-11-23T18:00:00Z'), new Date('2026-11-23T19:00:00Z'))).toEqual(['c', 'b', 'a']);
    expect(freeTechnicians(rules(), ['a', 'b', 'c'], busy, new Date('2026-11-23T14:30:00Z'), new Date('2026-11-23T15:30:00Z'))).toEqual(['c']);
  });
});
