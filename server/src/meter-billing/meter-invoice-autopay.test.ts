import { describe, expect, it } from 'vitest';
import { meterInvoiceAutopay } from './meter-invoice-autopay.js';

const card = { paymentMethodId: 'pm_card' };
const bank = { paymentMethodId: 'pm_bank' };

describe('meterInvoiceAutopay', () => {
  it('one contract on autopay: its method charges the invoice', () => {
    expect(meterInvoiceAutopay([{ contractId: 'a', autopay: card }])).toBe(card);
  });

  it('several contracts all on autopay with one method: that method', () => {
    expect(
      meterInvoiceAutopay([
        { contractId: 'a', autopay: card },
        { contractId: 'b', autopay: { ...card } },
      ]),
    ).toBe(card);
  });

  it('a contract off autopay on the invoice: not charged', () => {
    expect(
      meterInvoiceAutopay([
        { contractId: 'a', autopay: card },
        { contractId: 'b', autopay: null },
      ]),
    ).toBeNull();
    expect(
      meterInvoiceAutopay([
        { contractId: 'a', autopay: null },
        { contractId: 'b', autopay: card },
      ]),
    ).toBeNull();
  });

  it('contracts on autopay with different methods: not charged', () => {
    expect(
      meterInvoiceAutopay([
        { contractId: 'a', autopay: card },
        { contractId: 'b', autopay: bank },
      ]),
    ).toBeNull();
  });

  it('no contract (an invoice meter billing did not issue): not charged', () => {
    expect(meterInvoiceAutopay([])).toBeNull();
  });
});
