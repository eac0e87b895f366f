// The rule of an invoice's money, in milliseconds: no database, no clock.
import { describe, expect, it } from 'vitest';
import { assertOpen, assertPayable, assertVoidable, credited, invoiceMoney, received, refunded, reopened, type InvoiceMoneyRow } from './invoice-money.js';
import { balanceDue } from './balance.js';

const TODAY = '2026-11-20';
const open = (over: Partial<InvoiceMoneyRow> = {}): InvoiceMoneyRow => ({
  status: 'issued',
  currency: 'USD',
  totalMinor: 15000,
  paidMinor: 0,
  refundedMinor: 0,
  creditedMinor: 0,
  dueDate: new Date('2026-12-01T00:00:00Z'),
  ...over,
});
const apply = (row: InvoiceMoneyRow, change: Partial<InvoiceMoneyRow>): InvoiceMoneyRow => ({ ...row, ...change });

describe('balance due and status', () => {
  it('an open invoice owes its total less credits less what was paid, and reads unpaid, then partially paid', () => {
    expect(invoiceMoney(open(), TODAY)).toMatchObject({ balanceDueMinor: 15000, status: 'unpaid', refundState: 'none' });
    const part = apply(open(), received(open(), 5000));
    expect(invoiceMoney(part, TODAY)).toMatchObject({ balanceDueMinor: 10000, paidMinor: 5000, status: 'partially_paid' });
    const creditedToo = apply(part, credited(part, 2500, 'en'));
    expect(invoiceMoney(creditedToo, TODAY)).toMatchObject({ balanceDueMinor: 7500, creditedMinor: 2500, status: 'partially_paid' });
  });

  it('past its due date (in the business calendar) something still due is overdue, paid in part or not', () => {
    const late = open({ dueDate: new Date('2026-11-19T00:00:00Z') });
    expect(invoiceMoney(late, TODAY).status).toBe('overdue');
    expect(invoiceMoney({ ...late, paidMinor: 100 }, TODAY).status).toBe('overdue');
    expect(invoiceMoney(open({ dueDate: new Date('2026-11-20T00:00:00Z') }), TODAY).status).toBe('unpaid');
  });

  it('draft, void and paid owe nothing', () => {
    for (const status of ['draft', 'void', 'paid'] as const) expect(balanceDue(open({ status }))).toBe(0);
    expect(invoiceMoney(open({ status: 'draft' }), TODAY).status).toBe('draft');
  });
});

describe('moves', () => {
  it('money received up to the balance settles the invoice: paid', () => {
    const row = open({ paidMinor: 5000 });
    expect(received(row, 10000)).toEqual({ paidMinor: 15000, status: 'paid' });
    expect(received(row, 4000)).toEqual({ paidMinor: 9000, status: 'issued' });
  });

  it('a credit note settling the rest makes the invoice paid', () => {
    expect(credited(open({ paidMinor: 10000 }), 5000, 'en')).toEqual({ creditedMinor: 5000, status: 'paid' });
  });

  it('a refund after full payment leaves it paid (refunded shown beside), never due again by itself', () => {
    const paid = open({ status: 'paid', paidMinor: 15000 });
    const after = apply(paid, refunded(paid, 5000));
    expect(invoiceMoney(after, TODAY)).toMatchObject({ status: 'paid', balanceDueMinor: 0, paidMinor: 10000, refundedMinor: 5000, refundState: 'partially_refunded' });
    const all = apply(after, refunded(after, 10000));
    expect(invoiceMoney(all, TODAY)).toMatchObject({ status: 'paid', balanceDueMinor: 0, paidMinor: 0, refundedMinor: 15000, refundState: 'refunded' });
  });

  it('a refund on an open invoice gives back money that had not settled it: it is owed again', () => {
    const part = open({ paidMinor: 5000 });
    const after = apply(part, refunded(part, 2000));
    expect(invoiceMoney(after, TODAY)).toMatchObject({ status: 'partially_paid', balanceDueMinor: 12000, refundState: 'partially_refunded' });
  });

  it('staff reopen a settled invoice that refunds left short; not one that is whole, nor an open one', () => {
    const short = open({ status: 'paid', paidMinor: 10000, refundedMinor: 5000 });
    const again = apply(short, reopened(short));
    expect(invoiceMoney(again, TODAY)).toMatchObject({ status: 'partially_paid', balanceDueMinor: 5000 });
    expect(() => reopened(open({ status: 'paid', paidMinor: 15000 }))).toThrow(/nothing to collect/);
    expect(() => reopened(open())).toThrow(/Only a paid invoice/);
  });
});

describe('what is refused', () => {
  it('payments: above zero and at most the balance, on an open invoice', () => {
    expect(() => {
      assertOpen(open({ status: 'paid', paidMinor: 15000 }));
    }).toThrow(/already paid/);
    expect(() => {
      assertOpen(open({ status: 'void' }));
    }).toThrow(/cannot be paid/);
    expect(() => {
      assertPayable(open(), 0, 'en');
    }).toThrow(/greater than zero/);
    expect(() => {
      assertPayable(open({ paidMinor: 5000 }), 10001, 'en');
    }).toThrow('The amount is more than the $100.00 still due.');
    expect(() => {
      assertPayable(open(), 15000, 'en');
    }).not.toThrow();
  });

  it('amounts in messages use the currency’s own decimals: JPY 0, KWD 3', () => {
    expect(() => {
      assertPayable(open({ currency: 'JPY', totalMinor: 15000 }), 15001, 'en');
    }).toThrow('The amount is more than the ¥15,000 still due.');
    expect(() => credited(open({ currency: 'KWD', totalMinor: 12345 }), 20000, 'en')).toThrow(/^A credit note can take off at most the KWD\s12\.345 still due\.$/);
  });

  it('credits: only on an open invoice and at most the balance due; paid money goes back by refund', () => {
    expect(() => credited(open({ status: 'paid', paidMinor: 15000 }), 100, 'en')).toThrow(/refund/);
    expect(() => credited(open({ paidMinor: 10000 }), 5001, 'en')).toThrow('A credit note can take off at most the $50.00 still due.');
    expect(() => credited(open(), -1, 'en')).toThrow(/greater than zero/);
  });

  it('a void never hides money kept or a credit note', () => {
    expect(() => {
      assertVoidable(open({ paidMinor: 1 }));
    }).toThrow(/refund them first/);
    expect(() => {
      assertVoidable(open({ creditedMinor: 1 }));
    }).toThrow(/credit notes/);
    expect(() => {
      assertVoidable(open({ status: 'paid', refundedMinor: 15000 }));
    }).not.toThrow();
  });
});
