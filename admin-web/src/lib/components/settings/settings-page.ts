// What the settings page shows of each setting, shared by the page's query and the writes on it:
// each save answers with what it saved, and the page shows that (`SettingsChange`).
import { graphql, useFragment, type FragmentType } from '$lib/gql';
import type { AssetTypeFieldsFragment, BookingSettingsFieldsFragment, ServiceTypeFieldsFragment, StaffAlertKind, StaffRole, TenantSettingsFieldsFragment } from '$lib/gql/graphql';

export const TenantSettingsFields = graphql(`
  fragment TenantSettingsFields on TenantSettings {
    name
    slug
    customDomain
    customDomainVerification {
      domain
      status
      recordType
      recordName
      recordValue
      checkedAt
      nextCheckAt
      verifiedAt
      problem
      problemMessage
    }
    primaryColor
    accentColor
    logoUrl
    locale
    timeZone
    currency
    invoiceNumberFormat
    warrantyMonths
    auditRetentionDays
    selfRegistration
    reviewModeration
    customerProfileEdit
    customersMayAddSites
    customersMayAddAssets
    suppliesAnyAddress
    meterTolerancePercent
    meterReadingWindowDays
    allowPartialPayments
    customerSessionIdleDays
    staffSessionIdleHours
    messageEmailDelayMinutes
    stripeConfigured
    stripePublishableKey
    stripeSecretKeyLast4
    stripeWebhookConfigured
    stripeAccountId
    features {
      booking
      documents
      invoices
      projects
      requests
      reviews
      meters
      supplies
    }
    contact {
      phone
      email
      addressLine1
      addressLine2
      city
      postalCode
      region
      country
      openingHours
      legalName
      registrationNumber
      vatNumber
    }
  }
`);

export const BookingSettingsFields = graphql(`
  fragment BookingSettingsFields on BookingSettings {
    mode
    slotMinutes
    bufferBeforeMinutes
    bufferAfterMinutes
    minLeadMinutes
    maxAdvanceDays
    changeWindowHours
    changeGraceMinutes
    timeZone
    hours {
      weekday
      ranges {
        start
        end
      }
    }
    closedDates {
      date
      label
    }
  }
`);

export const ServiceTypeFields = graphql(`
  fragment ServiceTypeFields on AdminServiceType {
    id
    name
    description
    durationMinutes
    priceMinor
    bookableOnline
    active
    technicians {
      id
      name
    }
  }
`);

export const AssetTypeFields = graphql(`
  fragment AssetTypeFields on AdminAssetType {
    id
    code
    category
    name
    names {
      locale
      name
    }
  }
`);

export type TenantSettings = TenantSettingsFieldsFragment;
export type BookingSettings = BookingSettingsFieldsFragment;
export type ServiceTypeRow = ServiceTypeFieldsFragment;
export type AssetTypeRow = AssetTypeFieldsFragment;

export const tenantSettings = (s: FragmentType<typeof TenantSettingsFields>): TenantSettings => useFragment(TenantSettingsFields, s);
export const bookingSettings = (s: FragmentType<typeof BookingSettingsFields>): BookingSettings => useFragment(BookingSettingsFields, s);
export const serviceTypeRow = (s: FragmentType<typeof ServiceTypeFields>): ServiceTypeRow => useFragment(ServiceTypeFields, s);
export const assetTypeRow = (s: FragmentType<typeof AssetTypeFields>): AssetTypeRow => useFragment(AssetTypeFields, s);

/** The settings page's load depends on it: a logo upload (a PUT to storage, which answers nothing) reads the settings again. */
export const SETTINGS = 'admin:settings';

/** What a save on the settings page left behind. */
export type SettingsChange =
  | { tenantSettings: TenantSettings }
  | { bookingSettings: BookingSettings }
  | { serviceType: ServiceTypeRow }
  | { assetType: AssetTypeRow }
  | { staffAlerts: { kind: StaffAlertKind; roles: StaffRole[] }[] };
