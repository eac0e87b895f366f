import { describe, expect, it } from 'vitest';
import { splitCoverage } from './supply-coverage.js';

const allow = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('supply coverage', () => {
  it('across the allowance boundary: allowance 2, 1 used, 3 ordered → 1 covered, 2 billable', () => {
    expect(splitCoverage([{ category: 'TONER', quantity: 3 }], allow({ TONER: 2 }), allow({ TONER: 1 }))).toEqual([{ coveredQuantity: 1, billableQuantity: 2 }]);
  });

  it('within the allowance everything is covered; once used up everything bills', () => {
    expect(splitCoverage([{ category: 'TONER', quantity: 2 }], allow({ TONER: 4 }), allow({ TONER: 2 }))).toEqual([{ coveredQuantity: 2, billableQuantity: 0 }]);
    expect(splitCoverage([{ category: 'TONER', quantity: 2 }], allow({ TONER: 2 }), allow({ TONER: 2 }))).toEqual([{ coveredQuantity: 0, billableQuantity: 2 }]);
    // More used than allowed (the allowance was lowered meanwhile): nothing left, never negative.
    expect(splitCoverage([{ category: 'TONER', quantity: 1 }], allow({ TONER: 1 }), allow({ TONER: 3 }))).toEqual([{ coveredQuantity: 0, billableQuantity: 1 }]);
  });

  it('lines of one category share what is left, in order; other categories have their own allowance or none', () => {
    expect(
      splitCoverage(
        [
          { category: 'TONER', quantity: 2 },
          { category: 'DRUM', quantity: 1 },
          { category: 'TONER', quantity: 2 },
          { category: 'PAPER', quantity: 5 },
        ],
        allow({ TONER: 3, DRUM: 1 }),
        allow({}),
      ),
    ).toEqual([
      { coveredQuantity: 2, billableQuantity: 0 },
      { coveredQuantity: 1, billableQuantity: 0 },
      { coveredQuantity: 1, billableQuantity: 1 },
      { coveredQuantity: 0, billableQuantity: 5 },
    ]);
  });

  it('without a contract everything bills', () => {
    expect(splitCoverage([{ category: 'TONER', quantity: 2 }], new Map(), new Map())).toEqual([{ coveredQuantity: 0, billableQuantity: 2 }]);
  });
});
