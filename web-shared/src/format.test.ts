import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLocalDay, formatMoney, moneyInput, parseMoney } from './format';

describe('money', () => {
  it('formats minor units with the currency’s own decimals, for the locale', () => {
    expect(formatMoney('en', 'USD', 12345)).toBe('$123.45');
    expect(formatMoney('en', 'JPY', 500)).toBe('¥500');
    expect(formatMoney('fr', 'EUR', 12345).replace(/\s/g, ' ')).toBe('123,45 €');
  });

  it('reads what a person typed into minor units, or null', () => {
    expect(parseMoney('USD', '12,5')).toBe(1250);
    expect(parseMoney('USD', ' 1 200.05 ')).toBe(120005);
    expect(parseMoney('USD', '1.234')).toBeNull();
    expect(parseMoney('USD', '-3')).toBeNull();
    expect(parseMoney('JPY', '500')).toBe(500);
    expect(parseMoney('KWD', '12.345')).toBe(12345);
  });

  it('writes minor units back as an amount to type, in the currency’s own decimals', () => {
    expect(moneyInput('USD', 15000)).toBe('150.00');
    expect(moneyInput('USD', 5)).toBe('0.05');
    expect(moneyInput('JPY', 15000)).toBe('15000');
    expect(moneyInput('KWD', 12345)).toBe('12.345');
    for (const [currency, minor] of [
      ['USD', 123456],
      ['JPY', 987],
      ['KWD', 1001],
    ] as const)
      expect(parseMoney(currency, moneyInput(currency, minor))).toBe(minor);
    expect(formatMoney('en', 'KWD', 12345).replace(/\s/g, ' ')).toBe('KWD 12.345');
  });
});

describe('dates', () => {
  it('shows an instant in the tenant’s time zone, not the machine’s', () => {
    expect(formatDateTime('en', 'America/New_York', '2026-11-21T03:30:00Z')).toBe('Fri, Nov 20, 2026, 10:30 PM');
  });

  it('shows a local calendar day as that day in every locale', () => {
    expect(formatLocalDay('en', '2026-01-01')).toBe('Jan 1, 2026');
    expect(formatLocalDay('fr', '2026-01-01')).toBe('1 janv. 2026');
  });
});
