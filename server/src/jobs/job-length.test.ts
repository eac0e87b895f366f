// A planned job's length as a pure function of the plan and the service type's duration.
import { describe, expect, it } from 'vitest';
import { plannedEnd } from './job-length.js';

const START = new Date('2026-11-23T15:00:00.000Z');
const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

function fieldOf(work: () => unknown): unknown {
  try {
    work();
    return null;
  } catch (error) {
    return (error as { extensions: { field: unknown } }).extensions.field;
  }
}

describe('the length of a job', () => {
  it("takes the end, else the duration, else the service type's duration", () => {
    expect(plannedEnd({ start: START, end: minutes(45) }, 60)).toEqual(minutes(45));
    expect(plannedEnd({ start: START, durationMinutes: 90 }, 60)).toEqual(minutes(90));
    expect(plannedEnd({ start: START }, 60)).toEqual(minutes(60));
  });

  it('lasts from 5 minutes to 24 hours, ending after it starts', () => {
    expect(plannedEnd({ start: START, durationMinutes: 5 }, 60)).toEqual(minutes(5));
    expect(plannedEnd({ start: START, end: minutes(24 * 60) }, 60)).toEqual(minutes(24 * 60));
    expect(fieldOf(() => plannedEnd({ start: START, durationMinutes: 4 }, 60))).toBe('durationMinutes');
    expect(fieldOf(() => plannedEnd({ start: START, durationMinutes: 24 * 60 + 1 }, 60))).toBe('durationMinutes');
    expect(fieldOf(() => plannedEnd({ start: START, end: START }, 60))).toBe('end');
    expect(fieldOf(() => plannedEnd({ start: START, end: minutes(24 * 60 + 1) }, 60))).toBe('end');
  });

  it('is given by an end or a duration, not both', () => {
    expect(fieldOf(() => plannedEnd({ start: START, end: minutes(60), durationMinutes: 60 }, 60))).toBe('end');
  });
});
