import { describe, expect, it } from 'vitest';
import { assertCompatible, fitsDevice, normaliseModel } from './supply-compatibility.js';

describe('supply compatibility', () => {
  it('compares models ignoring case and spaces', () => {
    expect(normaliseModel(' imageRUNNER  C3226i ')).toBe('imagerunnerc3226i');
    expect(fitsDevice(['ImageRunner C3226i', 'C3326i'], 'imagerunner c3226I')).toBe(true);
    expect(fitsDevice(['C 3326 i'], 'c3326i')).toBe(true);
  });

  it('a different model, or a device without a model, fits nothing', () => {
    expect(fitsDevice(['C3226i'], 'C3226')).toBe(false);
    expect(fitsDevice(['C3226i'], null)).toBe(false);
    expect(fitsDevice(['C3226i'], '  ')).toBe(false);
    expect(fitsDevice([], 'C3226i')).toBe(false);
  });

  it('refuses an item that does not fit with SUPPLY_NOT_COMPATIBLE on the line', () => {
    expect(() => {
      assertCompatible(1, { name: 'Toner K', models: ['C3226i'] }, 'MX-3071');
    }).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'lines.1.itemId', reason: 'SUPPLY_NOT_COMPATIBLE' } }));
    expect(() => {
      assertCompatible(0, { name: 'Toner K', models: ['C3226i'] }, 'c3226i');
    }).not.toThrow();
  });
});
