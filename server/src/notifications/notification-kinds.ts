// What a notification can be about: the kinds customers get and the kinds staff get, how each may
// reach its person (the channel), what it links to, and the few values its text needs.
import { STAFF_ALERT_KINDS, type StaffAlertKind } from '../alerts/staff-alert-roles.js';

export const CUSTOMER_NOTIFICATION_KINDS = [
  'bookingConfirmed',
  'bookingChanged',
  'technicianOnTheWay',
  'jobCompleted',
  'invoiceIssued',
  'paymentReceived',
  'paymentFailed',
  'requestStatusChanged',
  'documentShared',
  'messageReceived',
  'projectDelayed',
  'quoteSent',
  'signatureRequested',
  'meterReadingDue',
  'supplyOrderUpdated',
] as const;
export type CustomerNotificationKind = (typeof CUSTOMER_NOTIFICATION_KINDS)[number];

/** The staff kinds are the staff alerts' (alerts/staff-alert-roles.ts): the business picks which roles get each. */
export const STAFF_NOTIFICATION_KINDS = STAFF_ALERT_KINDS;
export type StaffNotificationKind = StaffAlertKind;

export type NotificationKind = CustomerNotificationKind | StaffNotificationKind;
export const NOTIFICATION_KINDS: readonly NotificationKind[] = [...new Set<NotificationKind>([...CUSTOMER_NOTIFICATION_KINDS, ...STAFF_NOTIFICATION_KINDS])];

export type Audience = 'customer' | 'staff';

export function kindsOf(audience: Audience): readonly NotificationKind[] {
  return audience === 'customer' ? CUSTOMER_NOTIFICATION_KINDS : STAFF_NOTIFICATION_KINDS;
}

/** Whether people of `audience` get this kind (paymentReceived and messageReceived are both sides'). */
export function isKindOf(audience: Audience, kind: string): boolean {
  return kindsOf(audience).some((k) => k === kind);
}

export function isCustomerKind(kind: string): kind is CustomerNotificationKind {
  return CUSTOMER_NOTIFICATION_KINDS.some((k) => k === kind);
}

export function isStaffKind(kind: string): kind is StaffNotificationKind {
  return STAFF_NOTIFICATION_KINDS.some((k) => k === kind);
}

/** How a kind reaches its person: in the app (the bell), by email, both, or not at all. */
export const NOTIFICATION_CHANNELS = ['inApp', 'email', 'both', 'none'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What a notification links to. A payment links to the invoice it pays. */
export const NOTIFICATION_SUBJECT_TYPES = ['job', 'invoice', 'request', 'document', 'review', 'message', 'project', 'quote', 'signing', 'asset', 'supply_order'] as const;
export type NotificationSubjectType = (typeof NOTIFICATION_SUBJECT_TYPES)[number];

export interface NotificationSubject {
  type: NotificationSubjectType;
  id: string;
}

/**
 * The values a notification's text needs, written when it happens (so the text reads as it was
 * then). Instants are ISO strings the apps show in the business's time zone; money is minor units
 * and a currency.
 */
// A type (not an interface), so it reads as a record of its values (notify.ts keeps those set).
export type NotificationParams = {
  /** A job's or service's name ("Furnace tune-up"), a document's title. */
  title?: string | null;
  /** When the visit is (ISO). */
  start?: string | null;
  /** bookingChanged: what happened to it. */
  change?: 'rescheduled' | 'cancelled' | 'declined' | null;
  /** An invoice's number. */
  number?: string | null;
  amountMinor?: number | null;
  currency?: string | null;
  /** The customer's name (staff kinds). */
  customer?: string | null;
  /** The technician's name (technicianOnTheWay). */
  technician?: string | null;
  /** When the technician expects to arrive (ISO). */
  eta?: string | null;
  /** requestStatusChanged: the request's new status; supplyOrderUpdated: the order's (APPROVED, SHIPPED …). */
  status?: string | null;
  /** urgentRequest: urgent or emergency. */
  urgency?: string | null;
  /** reviewSubmitted: 1 to 5. */
  rating?: number | null;
  /** The first words of a request or message. */
  excerpt?: string | null;
  /** meterReadingDue: the device's name is `title`, its billing day `date`. */
  /** projectDelayed: the days of the delay. */
  days?: number | null;
  /** projectDelayed: the new forecast end date; meterReadingDue: the billing day the reading is due for (a calendar day, YYYY-MM-DD). */
  date?: string | null;
  /** projectDelayed: weather, permit, materials, customer_change or other. */
  cause?: string | null;
};

const EXCERPT = 80;

/** The first line of a text, cut to fit a notification. */
export function excerptOf(text: string | null | undefined): string | null {
  const line =
    (text ?? '')
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? '';
  if (!line) return null;
  return line.length > EXCERPT ? `${line.slice(0, EXCERPT - 1)}…` : line;
}
