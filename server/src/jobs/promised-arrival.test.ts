// The promised arrival as a pure function of the input and a given clock.
import { describe, expect, it } from 'vitest';
import { MAX_ETA_MINUTES, promisedArrival, type EtaInput } from './promised-arrival.js';

const NOW = new Date('2026-11-20T15:00:00.000Z');
const minutes = (n: number, from = NOW) => new Date(from.getTime() + n * 60_000);

function refusal(input: EtaInput, now = NOW): { field: unknown; reason: unknown } | null {
  try {
    promisedArrival(input, now);
    return null;
  } catch (error) {
    const { extensions } = error as { extensions: Record<string, unknown> };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    return { field: extensions.field, reason: extensions.reason };
  }
}

describe('the promised arrival', () => {
  it('minutes from now, rounded up to the minute the customer reads', () => {
    expect(promisedArrival({ etaMinutes: 15 }, NOW)).toEqual(minutes(15));
    const late = new Date('2026-11-20T15:00:20.500Z');
    expect(promisedArrival({ etaMinutes: 30 }, late)).toEqual(minutes(31));
    expect(promisedArrival({ etaMinutes: MAX_ETA_MINUTES }, NOW)).toEqual(minutes(12 * 60));
  });

  it('a time: after now and at most 12 hours ahead', () => {
    expect(promisedArrival({ etaAt: minutes(1) }, NOW)).toEqual(minutes(1));
    expect(promisedArrival({ etaAt: minutes(12 * 60) }, NOW)).toEqual(minutes(12 * 60));
    expect(refusal({ etaAt: NOW })).toEqual({ field: 'etaAt', reason: 'ETA_IN_PAST' });
    expect(refusal({ etaAt: minutes(-30) })).toEqual({ field: 'etaAt', reason: 'ETA_IN_PAST' });
    expect(refusal({ etaAt: minutes(12 * 60 + 1) })).toEqual({ field: 'etaAt', reason: 'ETA_TOO_FAR' });
    expect(refusal({ etaAt: new Date(Number.NaN) })).toEqual({ field: 'etaAt', reason: 'INVALID_DATE' });
  });

  it('minutes outside 1 to 720 are refused', () => {
    expect(refusal({ etaMinutes: 0 })).toEqual({ field: 'etaMinutes', reason: 'ETA_IN_PAST' });
    expect(refusal({ etaMinutes: -5 })).toEqual({ field: 'etaMinutes', reason: 'ETA_IN_PAST' });
    expect(refusal({ etaMinutes: 2.5 })).toEqual({ field: 'etaMinutes', reason: 'ETA_IN_PAST' });
    expect(refusal({ etaMinutes: MAX_ETA_MINUTES + 1 })).toEqual({ field: 'etaMinutes', reason: 'ETA_TOO_FAR' });
  });

  it('one of minutes or a time, not both and not neither', () => {
    expect(refusal({})).toEqual({ field: 'etaMinutes', reason: 'REQUIRED' });
    expect(refusal({ etaMinutes: null, etaAt: null })).toEqual({ field: 'etaMinutes', reason: 'REQUIRED' });
    expect(refusal({ etaMinutes: 15, etaAt: minutes(15) })).toEqual({ field: 'etaAt', reason: 'ETA_MINUTES_AND_TIME' });
  });

  it('moves with the clock', () => {
    const at = minutes(60);
    expect(promisedArrival({ etaAt: at }, minutes(59))).toEqual(at);
    expect(refusal({ etaAt: at }, minutes(60))?.reason).toBe('ETA_IN_PAST');
    expect(refusal({ etaAt: at }, minutes(-12 * 60 - 1, at))?.reason).toBe('ETA_TOO_FAR');
  });
});
