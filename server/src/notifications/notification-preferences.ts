// How each kind of notification reaches a person: their stored choice per kind (customers'
// and staff members' `notification_preferences`), or the kind's default. Emails that existed
// before the notification centre default to "both", so nobody stops getting one; the newer
// kinds default to the bell alone, except those a person needs to hear of away from the app.
import {
  CUSTOMER_NOTIFICATION_KINDS,
  NOTIFICATION_CHANNELS,
  STAFF_NOTIFICATION_KINDS,
  type Audience,
  type CustomerNotificationKind,
  type NotificationChannel,
  type NotificationKind,
  type StaffNotificationKind,
} from './notification-kinds.js';

export const CUSTOMER_DEFAULTS: Record<CustomerNotificationKind, NotificationChannel> = {
  bookingConfirmed: 'both',
  bookingChanged: 'both',
  technicianOnTheWay: 'both',
  jobCompleted: 'inApp',
  invoiceIssued: 'both',
  paymentReceived: 'both',
  paymentFailed: 'both',
  requestStatusChanged: 'both',
  documentShared: 'inApp',
  messageReceived: 'both',
  projectDelayed: 'both',
  quoteSent: 'both',
  signatureRequested: 'both',
  supplyOrderUpdated: 'both',
  meterReadingDue: 'both',
};

export const STAFF_DEFAULTS: Record<StaffNotificationKind, NotificationChannel> = {
  newBooking: 'both',
  appointmentRequest: 'both',
  urgentRequest: 'both',
  paymentReceived: 'inApp',
  reviewSubmitted: 'inApp',
  messageReceived: 'both',
  supplyOrderPlaced: 'both',
};

/**
 * Reminders are emails only, and follow the choice for what they remind of: the day-before
 * appointment reminder the confirmed booking's, an overdue invoice's reminder the issued invoice's,
 * and an autopay card's expiry the issued invoices' (it pays them).
 */
export const REMINDER_KINDS = { appointment: 'bookingConfirmed', overdueInvoice: 'invoiceIssued', cardExpiry: 'invoiceIssued' } as const satisfies Record<
  string,
  CustomerNotificationKind
>;

export type Preferences = Partial<Record<NotificationKind, NotificationChannel>>;

const isChannel = (value: unknown): value is NotificationChannel => typeof value === 'string' && (NOTIFICATION_CHANNELS as readonly string[]).includes(value);

function defaultsOf(audience: Audience): Preferences {
  return audience === 'customer' ? CUSTOMER_DEFAULTS : STAFF_DEFAULTS;
}

/** Every kind of the audience with its channel, in the kinds' order; unknown stored values are ignored. */
export function preferencesOf(audience: Audience, stored: unknown): { kind: NotificationKind; channel: NotificationChannel }[] {
  const object = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const defaults = defaultsOf(audience);
  const kinds: readonly NotificationKind[] = audience === 'customer' ? CUSTOMER_NOTIFICATION_KINDS : STAFF_NOTIFICATION_KINDS;
  return kinds.map((kind) => {
    const value = object[kind];
    return { kind, channel: isChannel(value) ? value : (defaults[kind] ?? 'none') };
  });
}

export function channelFor(audience: Audience, stored: unknown, kind: NotificationKind): NotificationChannel {
  return preferencesOf(audience, stored).find((p) => p.kind === kind)?.channel ?? 'none';
}

export const wantsInApp = (channel: NotificationChannel): boolean => channel === 'inApp' || channel === 'both';
export const wantsEmail = (channel: NotificationChannel): boolean => channel === 'email' || channel === 'both';

/** The stored value after `changes` (kinds of the audience, checked by the caller): every kind written out. */
export function changedPreferences(audience: Audience, stored: unknown, changes: { kind: NotificationKind; channel: NotificationChannel }[]): Preferences {
  const next: Preferences = {};
  for (const { kind, channel } of preferencesOf(audience, stored)) next[kind] = channel;
  for (const { kind, channel } of changes) next[kind] = channel;
  return next;
}
