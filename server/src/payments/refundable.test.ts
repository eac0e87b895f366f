// What is left to refund of a payment, in milliseconds.
import { describe, expect, it } from 'vitest';
import { refundableMinor } from './refundable.js';

describe('what is left to refund of a payment', () => {
  it('is what the payment took, less what was already given back', () => {
    expect(refundableMinor({ amountMinor: 15000, refundedMinor: 0 })).toBe(15000);
    expect(refundableMinor({ amountMinor: 15000, refundedMinor: 5000 })).toBe(10000);
  });

  it('is nothing once all of it was given back, never less', () => {
    expect(refundableMinor({ amountMinor: 15000, refundedMinor: 15000 })).toBe(0);
    expect(refundableMinor({ amountMinor: 15000, refundedMinor: 16000 })).toBe(0);
  });
});
