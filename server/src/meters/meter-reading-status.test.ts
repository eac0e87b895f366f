import { describe, expect, it } from 'vitest';
import { canMoveReading, nextReadingStates } from './meter-reading-status.js';

describe('meter reading review', () => {
  it('approves or rejects a flagged reading', () => {
    expect(nextReadingStates('FLAGGED')).toEqual(['APPROVED', 'REJECTED']);
  });

  it('may reject an accepted or approved one, and never reopens a rejected one', () => {
    expect(canMoveReading('ACCEPTED', 'REJECTED')).toBe(true);
    expect(canMoveReading('ACCEPTED', 'APPROVED')).toBe(false);
    expect(canMoveReading('APPROVED', 'REJECTED')).toBe(true);
    expect(nextReadingStates('REJECTED')).toEqual([]);
  });
});
