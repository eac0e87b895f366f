// What a billed period stores of its bill (meter_billing_periods.detail): the contract's money and,
// per meter, the readings it was billed on. The next period opens at `nextOpeningValue`.
import type { Prisma } from '../generated/prisma/client.js';

export interface BilledMeter {
  meterId: string;
  label: string;
  openingValue: number;
  closingValue: number;
  /** The value the next period opens with (the closing one, or the opening one when the count went back without an estimate). */
  nextOpeningValue: number;
  /** When the closing reading was read (ISO); the next period counts readings after it. */
  closingReadAt: string | null;
  volume: number;
  includedVolume: number;
  overageVolume: number;
  estimated: boolean;
  amountMinor: number;
  creditMinor: number;
}

export interface BilledDetail {
  baseMinor: number;
  minimumTopUpMinor: number;
  /** base + overage + top-up − credits, before tax. */
  subtotalMinor: number;
  meters: BilledMeter[];
}

const EMPTY: BilledDetail = { baseMinor: 0, minimumTopUpMinor: 0, subtotalMinor: 0, meters: [] };

/** The stored detail (written only by meter-billing.service.ts). */
export function billedDetail(value: Prisma.JsonValue): BilledDetail {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return EMPTY;
  return value as unknown as BilledDetail;
}

export function detailJson(detail: BilledDetail): Prisma.InputJsonValue {
  return detail as unknown as Prisma.InputJsonValue;
}
