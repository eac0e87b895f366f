// Which units of an order a device's contract covers: per category, the contract allows so many
// units per period; what earlier orders of the period (not cancelled or rejected) covered is used
// up; the rest of the allowance covers this order's lines in their order, and anything beyond
// bills at the catalogue price. Decided once, at order time.

export interface CoverageLine {
  category: string;
  quantity: number;
}

export interface CoverageSplit {
  coveredQuantity: number;
  billableQuantity: number;
}

/**
 * `allowances`: units per period by category (a category not named has none); `used`: units
 * already covered this period by category. Without a contract pass empty maps: all billable.
 */
export function splitCoverage(lines: readonly CoverageLine[], allowances: ReadonlyMap<string, number>, used: ReadonlyMap<string, number>): CoverageSplit[] {
  const left = new Map<string, number>();
  for (const [category, units] of allowances) left.set(category, Math.max(0, units - (used.get(category) ?? 0)));
  return lines.map((line) => {
    const available = left.get(line.category) ?? 0;
    const coveredQuantity = Math.min(available, line.quantity);
    left.set(line.category, available - coveredQuantity);
    return { coveredQuantity, billableQuantity: line.quantity - coveredQuantity };
  });
}
