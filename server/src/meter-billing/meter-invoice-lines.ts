// The words of a meter bill's invoice lines, in the customer's language: per device its base
// charge, per meter the volume, what was included and the overage bands, a credit for an
// over-estimate, and the minimum's top-up. Amounts are the lines' prices; the text explains them.
import { INTL_LOCALE, type Language } from '../common/languages.js';
import type { BandCharge } from './meter-charge.js';

interface Words {
  base: (device: string, from: string, to: string) => string;
  meter: (device: string, label: string, volume: string, unit: string, included: string) => string;
  estimated: string;
  credit: (device: string, label: string, actual: string) => string;
  minimum: (device: string, minimum: string) => string;
  units: Record<'pages' | 'scans' | 'units', string>;
}

const WORDS: Record<Language, Words> = {
  en: {
    base: (device, from, to) => `${device} — base charge, ${from} to ${to}`,
    meter: (device, label, volume, unit, included) => `${device} — ${label}: ${volume} ${unit}, ${included} included`,
    estimated: ' (estimated reading)',
    credit: (device, label, actual) => `${device} — ${label}: credit for the previous period's estimate (actual reading ${actual})`,
    minimum: (device, minimum) => `${device} — minimum charge for the period (${minimum})`,
    units: { pages: 'pages', scans: 'scans', units: 'units' },
  },
  fr: {
    base: (device, from, to) => `${device} — forfait, du ${from} au ${to}`,
    meter: (device, label, volume, unit, included) => `${device} — ${label} : ${volume} ${unit}, ${included} inclus`,
    estimated: ' (relevé estimé)',
    credit: (device, label, actual) => `${device} — ${label} : avoir sur l’estimation de la période précédente (relevé réel ${actual})`,
    minimum: (device, minimum) => `${device} — minimum de facturation de la période (${minimum})`,
    units: { pages: 'pages', scans: 'numérisations', units: 'unités' },
  },
  es: {
    base: (device, from, to) => `${device} — cargo base, del ${from} al ${to}`,
    meter: (device, label, volume, unit, included) => `${device} — ${label}: ${volume} ${unit}, ${included} incluidas`,
    estimated: ' (lectura estimada)',
    credit: (device, label, actual) => `${device} — ${label}: crédito por la estimación del periodo anterior (lectura real ${actual})`,
    minimum: (device, minimum) => `${device} — cargo mínimo del periodo (${minimum})`,
    units: { pages: 'páginas', scans: 'escaneos', units: 'unidades' },
  },
};

export interface LineWriter {
  base(device: string, from: string, to: string): string;
  meter(input: { device: string; label: string; kind: string; volume: number; included: number; bands: BandCharge[]; estimated: boolean }): string;
  credit(device: string, label: string, actual: number): string;
  minimum(device: string, minimumMinor: number): string;
}

function unitOf(kind: string): 'pages' | 'scans' | 'units' {
  if (kind === 'SCAN') return 'scans';
  return kind === 'OTHER' ? 'units' : 'pages';
}

export function lineWriter(language: Language, currency: string): LineWriter {
  const words = WORDS[language];
  const locale = INTL_LOCALE[language];
  const count = new Intl.NumberFormat(locale);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = money.resolvedOptions().maximumFractionDigits ?? 2;
  // A rate per 1,000 units is a price per unit with three more decimals: 890 ¢/1,000 = $0.0089.
  const perUnit = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits + 3 });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const date = (value: string) => day.format(new Date(`${value}T00:00:00Z`));
  return {
    base: (device, from, to) => words.base(device, date(from), date(to)),
    meter: ({ device, label, kind, volume, included, bands, estimated }) => {
      let text = words.meter(device, label, count.format(volume), words.units[unitOf(kind)], count.format(included));
      if (bands.length) {
        const overage = bands.map((band) => `${count.format(band.volume)} × ${perUnit.format(band.rateMinorPerThousand / 1000 / 10 ** digits)}`).join(' + ');
        text += `, ${overage}`;
      }
      return estimated ? text + words.estimated : text;
    },
    credit: (device, label, actual) => words.credit(device, label, count.format(actual)),
    minimum: (device, minimumMinor) => words.minimum(device, money.format(minimumMinor / 10 ** digits)),
  };
}
