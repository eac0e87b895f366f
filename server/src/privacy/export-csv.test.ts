import { describe, expect, it } from 'vitest';
import { toCsv } from './export-csv.js';

describe('export CSV', () => {
  it('quotes commas, quotes and line breaks, writes dates as ISO and nested values as JSON', () => {
    const csv = toCsv([
      { id: 'a', note: 'says "hi", twice\nreally', at: new Date('2026-01-02T03:04:05Z') },
      { id: 'b', tags: ['x'], amount: 12 },
    ]);
    expect(csv).toBe('id,note,at,tags,amount\r\na,"says ""hi"", twice\nreally",2026-01-02T03:04:05.000Z,,\r\nb,,,"[""x""]",12\r\n');
  });
});
