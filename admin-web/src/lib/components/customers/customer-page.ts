// What the customer page shows of each thing, shared by the page's query and the writes on it: each
// write answers with the thing as it now is, and the page puts it in place (`applyChange`).
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type {
  AgreementFieldsFragment,
  CustomerAssetFieldsFragment,
  CustomerDocumentFieldsFragment,
  CustomerFieldsFragment,
  CustomerSiteFieldsFragment,
  JobStatus,
  PaymentStatus,
} from '$lib/gql/graphql';

export const CustomerFields = graphql(`
  fragment CustomerFields on Customer {
    id
    name
    email
    phone
    locale
    portalStatus
    portalEmail
    pendingPortalEmail
    createdAt
  }
`);

export const CustomerSiteFields = graphql(`
  fragment CustomerSiteFields on Site {
    id
    label
    addressLine1
    addressLine2
    city
    postalCode
    region
    country
    accessInstructions
    addedBy {
      by
      staffName
      at
    }
  }
`);

export const CustomerAssetFields = graphql(`
  fragment CustomerAssetFields on AdminAsset {
    id
    name
    model
    serialNumber
    category
    warrantyStatus
    warrantyEndOn
    installedOn
    notes
    site {
      id
      label
    }
    assetType {
      id
      name
    }
    addedBy {
      by
      staffName
      at
    }
  }
`);

export const AgreementFields = graphql(`
  fragment AgreementFields on ServiceAgreement {
    id
    name
    active
    intervalMonths
    priceMinor
    currency
    nextInvoiceOn
    autopay {
      kind
      brand
      last4
      expMonth
      expYear
    }
  }
`);

export const CustomerDocumentFields = graphql(`
  fragment CustomerDocumentFields on AdminDocument {
    id
    title
    kind
    fileName
    shared
    createdAt
    downloadUrl
    sizeBytes
  }
`);

export type CustomerRecord = CustomerFieldsFragment;
export type CustomerSite = CustomerSiteFieldsFragment;
export type CustomerAsset = CustomerAssetFieldsFragment;
export type Agreement = AgreementFieldsFragment;
export type CustomerDocument = CustomerDocumentFieldsFragment;
/** A job in the customer's list. */
export interface CustomerJob {
  id: string;
  title: string;
  status: JobStatus;
  scheduledStart: string;
  technicianName: string | null;
}

export const customerRecord = (c: FragmentType<typeof CustomerFields>): CustomerRecord => useFragment(CustomerFields, c);
export const customerSite = (s: FragmentType<typeof CustomerSiteFields>): CustomerSite => useFragment(CustomerSiteFields, s);
export const customerAsset = (a: FragmentType<typeof CustomerAssetFields>): CustomerAsset => useFragment(CustomerAssetFields, a);
export const agreement = (a: FragmentType<typeof AgreementFields>): Agreement => useFragment(AgreementFields, a);
export const customerDocument = (d: FragmentType<typeof CustomerDocumentFields>): CustomerDocument => useFragment(CustomerDocumentFields, d);

/** What a write on the customer page left behind. */
export type CustomerChange =
  | { customer: CustomerRecord }
  | { site: CustomerSite }
  | { siteRemoved: string }
  | { asset: CustomerAsset }
  | { assetRemoved: string }
  | { agreement: Agreement }
  | { document: CustomerDocument }
  | { job: CustomerJob }
  | { payment: { id: string; status: PaymentStatus; refundedMinor: number } };

/** `saved` in place of the row with its id, or added: the list keeps its order (new ones first when `first`). */
export function upsert<T extends { id: string }>(list: T[], saved: T, first = false): T[] {
  if (list.some((row) => row.id === saved.id)) return list.map((row) => (row.id === saved.id ? saved : row));
  return first ? [saved, ...list] : [...list, saved];
}

/** The same, merging a partial answer into the row it changes. */
export function merge<T extends { id: string }>(list: T[], changed: Pick<T, 'id'> & Partial<T>): T[] {
  return list.map((row) => (row.id === changed.id ? { ...row, ...changed } : row));
}
