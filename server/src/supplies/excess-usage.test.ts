import { describe, expect, it } from 'vitest';
import { excessUsage, printedSince, type ReadingPoint } from './excess-usage.js';

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const reading = (meterId: string, day: string, value: number, resetsCounter = false): ReadingPoint => ({ meterId, readAt: at(day), value, resetsCounter });

describe('printed volume', () => {
  const from = at('2026-08-22');

  it('adds each meter’s increases since the window opened, from the last reading before it', () => {
    const readings = [
      reading('black', '2026-07-01', 10_000),
      reading('black', '2026-09-01', 12_000),
      reading('black', '2026-11-01', 15_000),
      reading('colour', '2026-09-15', 1_000),
      reading('colour', '2026-11-15', 1_500),
    ];
    // black: 2 000 + 3 000 (from its July baseline); colour: 500 (its first reading in the window is its baseline).
    expect(printedSince(readings, from)).toBe(5_500);
  });

  it('a counter reset counts from zero', () => {
    expect(printedSince([reading('black', '2026-08-01', 90_000), reading('black', '2026-10-01', 800, true), reading('black', '2026-11-01', 1_800)], from)).toBe(1_800);
  });

  it('is unknown without a baseline and a later reading', () => {
    expect(printedSince([], from)).toBeNull();
    expect(printedSince([reading('black', '2026-10-01', 5_000)], from)).toBeNull();
    expect(printedSince([reading('black', '2026-07-01', 5_000), reading('black', '2026-08-01', 6_000)], from)).toBeNull();
  });
});

describe('excess usage', () => {
  it('warns beyond 1.5 × the printed volume', () => {
    expect(excessUsage({ pagesOrdered: 15_000, pagesPrinted: 10_000 })).toBeNull();
    expect(excessUsage({ pagesOrdered: 15_001, pagesPrinted: 10_000 })).toEqual({ days: 90, pagesOrdered: 15_001, pagesPrinted: 10_000, ratio: 1.5 });
    expect(excessUsage({ pagesOrdered: 30_000, pagesPrinted: 4_000 })).toEqual({ days: 90, pagesOrdered: 30_000, pagesPrinted: 4_000, ratio: 7.5 });
  });

  it('says nothing when the volume is unknown or no toner was ordered; warns when nothing was printed', () => {
    expect(excessUsage({ pagesOrdered: 30_000, pagesPrinted: null })).toBeNull();
    expect(excessUsage({ pagesOrdered: 0, pagesPrinted: 0 })).toBeNull();
    expect(excessUsage({ pagesOrdered: 10_000, pagesPrinted: 0 })).toEqual({ days: 90, pagesOrdered: 10_000, pagesPrinted: 0, ratio: null });
  });
});
