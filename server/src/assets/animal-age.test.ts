import { describe, expect, it } from 'vitest';
import { animalAgeInMonths } from './animal-age.js';
import { AssetCategory } from './assets.types.js';

const animal = (bornOn: string | null, today: string) => animalAgeInMonths(AssetCategory.animal, bornOn, today);

describe('animal age', () => {
  it('counts whole months, complete on the same day of the month', () => {
    expect(animal('2026-07-20', '2026-11-19')).toBe(3);
    expect(animal('2026-07-20', '2026-11-20')).toBe(4);
    expect(animal('2021-03-02', '2026-11-20')).toBe(68);
  });

  it('completes a month on the last day of a shorter month', () => {
    expect(animal('2026-01-31', '2026-02-27')).toBe(0);
    expect(animal('2026-01-31', '2026-02-28')).toBe(1);
  });

  it('is null for equipment, an unknown birth date and one in the future', () => {
    expect(animalAgeInMonths(AssetCategory.equipment, '2020-01-01', '2026-11-20')).toBeNull();
    expect(animal(null, '2026-11-20')).toBeNull();
    expect(animal('2026-12-01', '2026-11-20')).toBeNull();
  });
});
