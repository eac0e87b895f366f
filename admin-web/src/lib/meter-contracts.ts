// Meter contracts as the admin screens show and edit them: statuses, the form's text, and what a
// volume would cost under a meter's rate (shown while typing; the API bills the same way).
import { moneyInput, parseMoney } from '@portico/web-shared/format';
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { MeterContractFieldsFragment, MeterContractStatus } from '$lib/gql/graphql';
import { parsePercentBp, percentText } from '$lib/invoices';

export const CONTRACT_PERIODS = [1, 3, 6, 12] as const;
export const SUPPLY_CATEGORIES = ['TONER', 'DRUM', 'STAPLES', 'PAPER', 'OTHER'] as const;
export type SupplyCategory = (typeof SUPPLY_CATEGORIES)[number];

export function contractTone(status: MeterContractStatus): 'success' | 'warning' | 'neutral' {
  return status === 'ACTIVE' ? 'success' : status === 'ENDING' ? 'warning' : 'neutral';
}

export interface Tier {
  /** Cumulative overage volume the band ends at; null: the last, unbounded band. */
  upTo: number | null;
  rateMinorPerThousand: number;
}

/**
 * What `volume` units in a period cost beyond the base charge: the volume beyond the included one,
 * spread over the bands in order, each at its rate per 1,000 (rounded half up to a minor unit).
 */
export function overageCost(includedVolume: number, tiers: readonly Tier[], volume: number): { overage: number; costMinor: number } {
  const overage = Math.max(0, volume - includedVolume);
  let left = overage;
  let from = 0;
  let thousandths = 0;
  for (const tier of tiers) {
    if (left <= 0) break;
    const band = tier.upTo === null ? left : Math.min(left, Math.max(0, tier.upTo - from));
    thousandths += band * tier.rateMinorPerThousand;
    left -= band;
    if (tier.upTo !== null) from = tier.upTo;
  }
  return { overage, costMinor: Math.round(thousandths / 1000) };
}

export const MeterContractFields = graphql(`
  fragment MeterContractFields on MeterContract {
    id
    number
    status
    nextStates
    customerId
    assetId
    deviceName
    startsOn
    endsOn
    periodMonths
    billingDay
    baseChargeMinor
    minimumMinor
    taxRateBp
    currency
    billedThrough
    currentPeriodStart
    currentPeriodEnd
    createdAt
    rates {
      meterId
      kind
      label
      includedVolume
      tiers {
        upTo
        rateMinorPerThousand
      }
    }
    allowances {
      category
      unitsPerPeriod
    }
  }
`);

export type MeterContractView = MeterContractFieldsFragment;

export function meterContract(contract: FragmentType<typeof MeterContractFields>): MeterContractView {
  return useFragment(MeterContractFields, contract);
}

/** The fields the API may complain about, shown next to them. */
export type ContractField = 'assetId' | 'startsOn' | 'endsOn' | 'periodMonths' | 'billingDay' | 'baseChargeMinor' | 'minimumMinor' | 'taxRateBp' | 'rates' | 'tiers' | 'allowances';
export const CONTRACT_FIELDS: readonly ContractField[] = [
  'assetId',
  'startsOn',
  'endsOn',
  'periodMonths',
  'billingDay',
  'baseChargeMinor',
  'minimumMinor',
  'taxRateBp',
  'rates',
  'tiers',
  'allowances',
];

let nextKey = 0;

export interface TierText {
  key: number;
  upTo: string;
  rate: string;
}

export interface RateText {
  meterId: string;
  label: string;
  on: boolean;
  included: string;
  tiers: TierText[];
}

export interface ContractText {
  assetId: string;
  startsOn: string;
  endsOn: string;
  periodMonths: string;
  billingDay: string;
  base: string;
  minimum: string;
  tax: string;
  rates: RateText[];
  allowances: Record<SupplyCategory, string>;
}

export function blankTier(): TierText {
  return { key: nextKey++, upTo: '', rate: '' };
}

/** A device's meters as rate rows: the contract's terms where it has some, else none. */
export function rateTexts(currency: string, meters: readonly { id: string; label: string }[], rates: MeterContractView['rates'] = []): RateText[] {
  return meters.map((meter) => {
    const rate = rates.find((r) => r.meterId === meter.id);
    return {
      meterId: meter.id,
      label: meter.label,
      on: rate !== undefined,
      included: rate ? String(rate.includedVolume) : '0',
      tiers:
        rate && rate.tiers.length > 0
          ? rate.tiers.map((t) => ({ key: nextKey++, upTo: t.upTo === null ? '' : String(t.upTo), rate: moneyInput(currency, t.rateMinorPerThousand) }))
          : [blankTier()],
    };
  });
}

export function contractText(currency: string, contract: MeterContractView | null, today: string): Omit<ContractText, 'rates'> {
  const allowances = Object.fromEntries(SUPPLY_CATEGORIES.map((c) => [c, String(contract?.allowances.find((a) => a.category === c)?.unitsPerPeriod ?? '')])) as Record<
    SupplyCategory,
    string
  >;
  return {
    assetId: contract?.assetId ?? '',
    startsOn: contract?.startsOn ?? today,
    endsOn: contract?.endsOn ?? '',
    periodMonths: String(contract?.periodMonths ?? 1),
    billingDay: String(contract?.billingDay ?? 1),
    base: contract ? moneyInput(currency, contract.baseChargeMinor) : '',
    minimum: contract ? moneyInput(currency, contract.minimumMinor) : '',
    tax: contract ? percentText(contract.taxRateBp) : '0',
    allowances,
  };
}

function count(text: string): number | null {
  const digits = text.trim().replace(/[\s,'\u00a0\u202f]/g, '');
  return /^\d{1,9}$/.test(digits) ? Number(digits) : null;
}

/** A whole number typed with or without thousands separators ("10,000", "10 000"); null when it is not one. */
export function parseCount(text: string): number | null {
  return count(text);
}

export function parseTier(currency: string, tier: TierText, last: boolean): { value: Tier | null; upTo: boolean; rate: boolean } {
  // The last band is unbounded: its "up to" is not asked.
  const upTo = last ? null : count(tier.upTo);
  const rate = parseMoney(currency, tier.rate);
  const badUpTo = !last && upTo === null;
  return { value: !badUpTo && rate !== null ? { upTo, rateMinorPerThousand: rate } : null, upTo: badUpTo, rate: rate === null };
}

/** The tiers that parse (for the example while typing). */
export function parsedTiers(currency: string, tiers: TierText[]): Tier[] {
  return tiers.map((t, i) => parseTier(currency, t, i === tiers.length - 1).value).filter((t): t is Tier => t !== null);
}

/** The form as the API's MeterContractInput, or the first field that does not parse. */
export function contractInput(currency: string, text: ContractText): { input: ContractInput } | { invalid: ContractField } {
  const base = text.base.trim() === '' ? 0 : parseMoney(currency, text.base);
  const minimum = text.minimum.trim() === '' ? 0 : parseMoney(currency, text.minimum);
  const tax = parsePercentBp(text.tax);
  const billingDay = count(text.billingDay);
  if (!text.assetId) return { invalid: 'assetId' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.startsOn)) return { invalid: 'startsOn' };
  if (billingDay === null || billingDay < 1 || billingDay > 28) return { invalid: 'billingDay' };
  if (base === null) return { invalid: 'baseChargeMinor' };
  if (minimum === null) return { invalid: 'minimumMinor' };
  if (tax === null) return { invalid: 'taxRateBp' };
  const rates: ContractInput['rates'] = [];
  for (const rate of text.rates.filter((r) => r.on)) {
    const included = count(rate.included);
    if (included === null) return { invalid: 'rates' };
    // A band left blank (the empty row a new meter starts with) is no band.
    const filled = rate.tiers.filter((t) => t.upTo.trim() !== '' || t.rate.trim() !== '');
    const tiers = filled.map((t, i) => parseTier(currency, t, i === filled.length - 1).value);
    if (tiers.some((t) => t === null)) return { invalid: 'tiers' };
    rates.push({ meterId: rate.meterId, includedVolume: included, tiers: tiers as Tier[] });
  }
  const allowances: ContractInput['allowances'] = [];
  for (const category of SUPPLY_CATEGORIES) {
    const units = text.allowances[category].trim();
    if (units === '') continue;
    const n = count(units);
    if (n === null) return { invalid: 'allowances' };
    if (n > 0) allowances.push({ category, unitsPerPeriod: n });
  }
  return {
    input: {
      assetId: text.assetId,
      startsOn: text.startsOn,
      endsOn: text.endsOn || null,
      periodMonths: Number(text.periodMonths),
      billingDay,
      baseChargeMinor: base,
      minimumMinor: minimum,
      taxRateBp: tax,
      rates,
      allowances,
    },
  };
}

export interface ContractInput {
  assetId: string;
  startsOn: string;
  endsOn: string | null;
  periodMonths: number;
  billingDay: number;
  baseChargeMinor: number;
  minimumMinor: number;
  taxRateBp: number;
  rates: { meterId: string; includedVolume: number; tiers: Tier[] }[];
  allowances: { category: string; unitsPerPeriod: number }[];
}

/** The contract page's load depends on it. */
export const METER_CONTRACT = 'admin:meter-contract';
