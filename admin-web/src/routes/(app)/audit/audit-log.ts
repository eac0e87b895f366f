// The audit log page's query, filters (kept in the address, so a filtered view can be shared and the
// back button works) and the links and words of each entry.
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import type { AuditLogFilter } from '$lib/gql/graphql';

export const PAGE_SIZE = 30;

export const AuditLogPage = graphql(`
  query AuditLogPage($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        source
        at
        action
        actorType
        actorId
        actorName
        contactId
        contactName
        customerId
        subjectType
        subjectId
        subjectLabel
        ip
        userAgent
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AuditLogCsvUrl = graphql(`
  query AuditLogCsvUrl($filter: AuditLogFilter) {
    auditLogCsvUrl(filter: $filter)
  }
`);

/** Action kinds offered by the filter: every named action begins with one of these. */
export const KINDS = [
  'auth',
  'customer',
  'invoice',
  'payment',
  'job',
  'booking',
  'request',
  'document',
  'site',
  'asset',
  'agreement',
  'review',
  'communication',
  'staff',
  'tenant',
  'profile',
] as const;
export type Kind = (typeof KINDS)[number];

/** Kinds of record a filter may name (the GraphQL types the log records). */
export const SUBJECT_TYPES = [
  'Invoice',
  'Job',
  'Customer',
  'Document',
  'Site',
  'Asset',
  'ServiceRequest',
  'ServiceAgreement',
  'Review',
  'AdminQuote',
  'Project',
  'Meter',
  'SupplyOrder',
  'StaffMember',
  'CannedReply',
];

const PARAMS = ['person', 'kind', 'type', 'from', 'to', 'q'] as const;
export type FilterParams = Partial<Record<(typeof PARAMS)[number], string>>;

export function paramsOf(search: URLSearchParams): FilterParams {
  const out: FilterParams = {};
  for (const key of PARAMS) {
    const value = search.get(key)?.trim();
    if (value) out[key] = value;
  }
  return out;
}

export function filterOf(params: FilterParams): AuditLogFilter {
  const kind = params.kind && (KINDS as readonly string[]).includes(params.kind) ? `${params.kind}.` : params.kind || null;
  return {
    personId: params.person ?? null,
    action: kind,
    subjectType: params.type ?? null,
    from: params.from ?? null,
    to: params.to ?? null,
    search: params.q ?? null,
  };
}

/** The page with these filters. */
export function auditHref(params: FilterParams): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  const text = query.toString();
  return text ? `${resolve('/audit')}?${text}` : resolve('/audit');
}

/** The admin page of the record an entry is about, when it has one. */
export function subjectHref(entry: { subjectType: string | null; subjectId: string | null; customerId: string | null }): string | null {
  const id = entry.subjectId;
  if (!id) return null;
  switch (entry.subjectType) {
    case 'Invoice':
      return resolve('/(app)/invoices/[id]', { id });
    case 'Job':
      return resolve('/(app)/jobs/[id]', { id });
    case 'Customer':
      return resolve('/(app)/customers/[id]', { id });
    case 'Quote':
    case 'AdminQuote':
      return resolve('/(app)/quotes/[id]', { id });
    case 'Project':
    case 'AdminProject':
      return resolve('/(app)/projects/[id]', { id });
    case 'ServiceRequest':
      return resolve('/(app)/requests/[id]', { id });
    case 'SupplyOrder':
    case 'AdminSupplyOrder':
      return resolve('/(app)/supplies/[id]', { id });
    case 'MeterContract':
      return resolve('/(app)/meters/contracts/[id]', { id });
    // Documents, addresses and equipment live on their customer's page.
    case 'Document':
    case 'Site':
    case 'Asset':
      return entry.customerId ? resolve('/(app)/customers/[id]', { id: entry.customerId }) : null;
    default:
      return null;
  }
}

/** "updateMeterContract" → "Update meter contract": the words of an operation no named action describes. */
export function operationWords(action: string): string {
  const words = action
    .replace(/[._]/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
