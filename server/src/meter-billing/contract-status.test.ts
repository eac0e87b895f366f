import { describe, expect, it } from 'vitest';
import { contractStatus, MeterContractStatus, nextContractStates } from './contract-status.js';

describe('meter contract status', () => {
  it('is active without an end date, ending with one, ended once its last period is billed', () => {
    expect(contractStatus({ endsOn: null, active: true })).toBe(MeterContractStatus.ACTIVE);
    expect(contractStatus({ endsOn: '2026-06-30', active: true })).toBe(MeterContractStatus.ENDING);
    expect(contractStatus({ endsOn: '2026-06-30', active: false })).toBe(MeterContractStatus.ENDED);
  });

  it('an ended contract goes nowhere; the others can be ended', () => {
    expect(nextContractStates(MeterContractStatus.ENDED)).toEqual([]);
    expect(nextContractStates(MeterContractStatus.ACTIVE)).toContain(MeterContractStatus.ENDING);
    expect(nextContractStates(MeterContractStatus.ENDING)).toContain(MeterContractStatus.ENDED);
  });
});
