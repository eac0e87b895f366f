// The balance due, in milliseconds: no database, no clock.
import { describe, expect, it } from 'vitest';
import { BALANCE_DUE_SQL, balanceDue, balanceDueSql, receivedMinor, shortfall, type BalanceRow } from './balance.js';

const open = (over: Partial<BalanceRow> = {}): BalanceRow => ({ status: 'issued', totalMinor: 15000, paidMinor: 0, creditedMinor: 0, ...over });

describe('balance due', () => {
  it('an open invoice owes its total less credit notes less what was paid', () => {
    expect(balanceDue(open())).toBe(15000);
    expect(balanceDue(open({ paidMinor: 6000 }))).toBe(9000);
    expect(balanceDue(open({ paidMinor: 6000, creditedMinor: 2500 }))).toBe(6500);
  });

  it('never owes less than nothing, even when credits and payments overshoot the total', () => {
    expect(balanceDue(open({ paidMinor: 15000 }))).toBe(0);
    expect(balanceDue(open({ paidMinor: 10000, creditedMinor: 9000 }))).toBe(0);
  });

  it('a draft, a void invoice and a settled one owe nothing, whatever their columns say', () => {
    for (const status of ['draft', 'void', 'paid'] as const) expect(balanceDue(open({ status, paidMinor: 5000 }))).toBe(0);
  });

  it('a settled invoice that refunds left short shows the shortfall, not a balance due, until it is reopened', () => {
    const refundedInPart = open({ status: 'paid', paidMinor: 10000 });
    expect(balanceDue(refundedInPart)).toBe(0);
    expect(shortfall(refundedInPart)).toBe(5000);
    expect(balanceDue({ ...refundedInPart, status: 'issued' })).toBe(5000);
    expect(shortfall(open({ status: 'paid', paidMinor: 15000 }))).toBe(0);
  });

  it('received in all is what was kept plus what was given back', () => {
    expect(receivedMinor({ paidMinor: 10000, refundedMinor: 5000 })).toBe(15000);
    expect(receivedMinor({ paidMinor: 0, refundedMinor: 0 })).toBe(0);
  });
});

describe('balance due in SQL', () => {
  it('is the same formula, over the table or an alias of it', () => {
    expect(BALANCE_DUE_SQL.sql).toBe('GREATEST(0, total_minor - credited_minor - paid_minor)');
    expect(balanceDueSql('i').sql).toBe('GREATEST(0, i.total_minor - i.credited_minor - i.paid_minor)');
    expect(BALANCE_DUE_SQL.values).toEqual([]);
  });

  it('refuses anything but a plain alias', () => {
    expect(() => balanceDueSql('i; DROP TABLE invoices')).toThrow();
  });
});
