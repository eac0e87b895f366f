// The portal's side of meters: how a reading's status reads, what the usage panel reads of the
// API's meterUsage, and how a typed counter and the API's refusals about one meter are read.
import type { CombinedError } from '@urql/core';
import { graphql } from '$lib/gql';
import type { MeterReadingStatus, MeterUsageFieldsFragment } from '$lib/gql/graphql';
import type { MessageKey } from '$lib/i18n';
import type { BadgeTone } from '@portico/web-shared/components/Badge.svelte';
import { intlTag } from '@portico/web-shared/format';
import { isReason, reasonKey } from '@portico/web-shared/i18n';

export const meterReadingStatus: Record<MeterReadingStatus, { label: MessageKey; tone: BadgeTone }> = {
  ACCEPTED: { label: 'meter.status.ACCEPTED', tone: 'success' },
  FLAGGED: { label: 'meter.status.FLAGGED', tone: 'warning' },
  APPROVED: { label: 'meter.status.APPROVED', tone: 'success' },
  REJECTED: { label: 'meter.status.REJECTED', tone: 'neutral' },
};

/** One meter in the usage panel. Volumes in units (pages, scans). */
export interface MeterUsageView {
  meterId: string;
  label: string;
  volume: number;
  includedVolume: number;
  /** Included volume not used yet (0 once beyond it). */
  allowanceLeft: number;
  /** Volume beyond the included volume so far. */
  overageVolume: number;
  projectedVolume: number;
  projectedOverageVolume: number;
}

/** What the usage panel shows: the period, its meters and the estimated charge (minor units). */
export interface UsageView {
  periodStart: string;
  periodEnd: string;
  currency: string;
  estimatedChargeMinor: number;
  minimumMinor: number;
  meters: MeterUsageView[];
}

/** What the usage panel shows, as meterUsage answers (with or without proposed readings). */
export const MeterUsageFields = graphql(`
  fragment MeterUsageFields on MeterUsage {
    periodStart
    periodEnd
    currency
    minimumMinor
    estimatedChargeMinor
    meters {
      meterId
      label
      volumeThisPeriod
      includedVolume
      allowanceLeft
      projectedVolume
      projectedOverageVolume
    }
  }
`);

export const PortalMeterUsage = graphql(`
  query PortalMeterUsage($assetId: ID!, $proposed: [ProposedReadingInput!]) {
    meterUsage(assetId: $assetId, proposed: $proposed) {
      ...MeterUsageFields
    }
  }
`);

/** The usage as the panel shows it, its meters in the order the device lists them (`order`: meter ids). */
export function usageView(usage: MeterUsageFieldsFragment, order: readonly string[] = []): UsageView {
  const rank = (meterId: string) => {
    const at = order.indexOf(meterId);
    return at === -1 ? order.length : at;
  };
  return {
    periodStart: usage.periodStart,
    periodEnd: usage.periodEnd,
    currency: usage.currency,
    estimatedChargeMinor: usage.estimatedChargeMinor,
    minimumMinor: usage.minimumMinor,
    meters: [...usage.meters]
      .sort((a, b) => rank(a.meterId) - rank(b.meterId))
      .map((m) => ({
        meterId: m.meterId,
        label: m.label,
        volume: m.volumeThisPeriod,
        includedVolume: m.includedVolume,
        allowanceLeft: m.allowanceLeft,
        overageVolume: Math.max(0, m.volumeThisPeriod - m.includedVolume),
        projectedVolume: m.projectedVolume,
        projectedOverageVolume: m.projectedOverageVolume,
      })),
  };
}

/**
 * A counter as typed: digits, with the spaces, commas, dots or apostrophes people group thousands
 * with; '' is no reading; null is not a number.
 */
export function parseCounter(text: string): number | '' | null {
  const bare = text.trim().replace(/[\s,.'’\u00a0\u202f]/g, '');
  if (bare === '') return '';
  if (!/^\d{1,10}$/.test(bare)) return null;
  const value = Number(bare);
  return value <= 2_000_000_000 ? value : null;
}

/** One refusal the API gave about a field, with its reason. */
export interface FieldRefusal {
  field: string;
  message: string;
  reason?: string;
}

/** Every field the API refused (`extensions.field`, or each of `extensions.fields`). */
export function fieldRefusals(error: CombinedError): FieldRefusal[] {
  const found: FieldRefusal[] = [];
  for (const e of error.graphQLErrors) {
    if (e.extensions.code !== 'BAD_USER_INPUT') continue;
    const list = e.extensions.fields;
    const reason = typeof e.extensions.reason === 'string' ? e.extensions.reason : undefined;
    if (Array.isArray(list) && list.length > 0) {
      for (const item of list as unknown[]) {
        if (typeof item !== 'object' || item === null) continue;
        const { field, message } = item as { field?: unknown; message?: unknown };
        if (typeof field === 'string' && typeof message === 'string') found.push({ field, message });
      }
    } else if (typeof e.extensions.field === 'string') {
      found.push({ field: e.extensions.field, message: e.message, reason });
    }
  }
  return found;
}

/** `readings.1.value` (or `proposed.1.value`, `input.readings.1`): the index into the list sent. */
export function readingIndex(field: string): number | null {
  const match = /(?:readings|proposed)\.(\d+)/.exec(field);
  return match ? Number(match[1]) : null;
}

/** The billing day a device's reading is due for: the earliest its meters name, null when none is due. */
export function dueOf(meters: readonly { readingDueBy?: string | null }[]): string | null {
  const days = meters.flatMap((meter) => (meter.readingDueBy ? [meter.readingDueBy] : [])).sort();
  return days[0] ?? null;
}

/** 124500 → "124,500" (en), "124 500" (fr). */
export function formatCount(locale: string, value: number): string {
  return new Intl.NumberFormat(intlTag(locale)).format(value);
}

/** A reserved upload for a photo of the counter: where to PUT it, and how large it may be. */
export interface PhotoTarget {
  uploadId: string;
  uploadUrl: string;
  maxBytes: number;
}

/** A collection agent's token as the settings list shows it. */
export const MeterApiTokenFields = graphql(`
  fragment MeterApiTokenFields on MeterApiToken {
    id
    name
    last4
    createdAt
    lastUsedAt
    revokedAt
  }
`);

/** A refusal in the page's language: the reason's words, else the API's own in English, else a general "check this". */
export function refusalText(refusal: FieldRefusal, i18n: { locale: string; t: (key: MessageKey) => string }): string {
  if (isReason(refusal.reason)) return i18n.t(reasonKey(refusal.reason));
  return i18n.locale === 'en' ? refusal.message : i18n.t('fieldError.generic');
}

/** The device page's load depends on it: a submission reloads the history and the usage recorded. */
export const METER_DEVICE = 'portal:meter-device';
