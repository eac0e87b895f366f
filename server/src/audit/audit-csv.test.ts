import { describe, expect, it } from 'vitest';
import { csvCell, csvLine, zonedTime } from './audit-csv.js';

describe('audit CSV cells', () => {
  it('quotes every cell and doubles quotes inside', () => {
    expect(csvCell('Invoice "INV-1", paid')).toBe('"Invoice ""INV-1"", paid"');
    expect(csvCell(null)).toBe('""');
    expect(csvLine(['a', 'b\nc'])).toBe('"a","b\nc"\r\n');
  });

  it('keeps a cell a spreadsheet would run as a formula as text', () => {
    for (const text of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx']) expect(csvCell(text)).toBe(`"'${text.replace(/"/g, '""')}"`);
    expect(csvCell('a=b')).toBe('"a=b"');
  });

  it('writes times in the business zone', () => {
    expect(zonedTime(new Date('2026-12-01T05:30:00Z'), 'America/Toronto')).toBe('2026-12-01 00:30:00');
    expect(zonedTime(new Date('2026-12-01T23:30:00Z'), 'Europe/Paris')).toBe('2026-12-02 00:30:00');
  });
});
