// How an asset reads on its card and page, by trade: an animal has a breed, an age and a microchip;
// equipment a model, a serial number, an installation date and a warranty.
import { intlTag } from '@portico/web-shared/format';

/** The breed line: the catalogue's name, plus what staff wrote when it adds something ("Poodle · Caniche moyen, abricot"). */
export function breedLine(typeName: string, model: string | null): string {
  if (!model) return typeName;
  const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
  if (same(model, typeName) || model.toLowerCase().includes(typeName.toLowerCase())) return model;
  if (typeName.toLowerCase().includes(model.toLowerCase())) return typeName;
  return `${typeName} · ${model}`;
}

/** "4 months", "3 years" / "4 mois", "3 ans" / "4 meses": months under two years, whole years after. */
export function ageText(locale: string, months: number): string {
  const [value, unit] = months < 24 ? [months, 'month'] : [Math.floor(months / 12), 'year'];
  return new Intl.NumberFormat(intlTag(locale), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
