// Which kinds of notification reach a contact, by their rights within the account (issue 22), and
// how: what the portal's preferences page says to the contact, and what the office sees of them.
// The notifications themselves follow row-level security (each contact is told only of what they
// may see: customer-recipients.ts); this names, per kind, the right its subjects need, so a
// contact is not offered a choice for news that never comes to them.
import type { ContactRights } from '../context/principal.js';
import type { ContactRight } from '../generated/prisma/enums.js';
import { contactHas } from '../contacts/contact-rights-rule.js';
import { isCustomerKind, type CustomerNotificationKind, type NotificationChannel } from './notification-kinds.js';
import { preferencesOf } from './notification-preferences.js';

/** The right a kind's subject needs; null: every contact may see it (messages, projects, meters, signatures, supply orders). */
const RIGHT_FOR_KIND: Record<CustomerNotificationKind, ContactRight | 'documents' | null> = {
  bookingConfirmed: 'appointments',
  bookingChanged: 'appointments',
  technicianOnTheWay: 'appointments',
  jobCompleted: 'appointments',
  invoiceIssued: 'invoices',
  paymentReceived: 'invoices',
  paymentFailed: 'invoices',
  quoteSent: 'invoices',
  requestStatusChanged: 'requests',
  documentShared: 'documents',
  messageReceived: null,
  projectDelayed: null,
  signatureRequested: null,
  meterReadingDue: null,
  supplyOrderUpdated: null,
};

function contactHearsOf(contact: ContactRights, kind: CustomerNotificationKind): boolean {
  const right = RIGHT_FOR_KIND[kind];
  return right === null || contactHas(contact, right);
}

export interface ContactChoice {
  kind: CustomerNotificationKind;
  /** Their stored choice, else the kind's default. */
  channel: NotificationChannel;
  /** Whether their rights bring this kind to them at all. */
  hears: boolean;
}

/** Every customer kind, in order, with how it reaches this contact and whether it comes to them. */
export function contactChoices(contact: ContactRights, stored: unknown): ContactChoice[] {
  return preferencesOf('customer', stored).flatMap(({ kind, channel }) => (isCustomerKind(kind) ? [{ kind, channel, hears: contactHearsOf(contact, kind) }] : []));
}
