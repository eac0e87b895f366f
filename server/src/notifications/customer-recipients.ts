// Whom of a customer's account the business tells about something: each contact who may see it
// (row-level security decides: app_contacts_to_notify reads the subject in each contact's own
// scope), with their own address, name, language and choices per kind. An account without a
// login yet is told at its own address, by its own choices, as before it had contacts.
import type { ScopedContext } from '../context/context.js';
import type { CustomerNotificationKind, NotificationSubject } from './notification-kinds.js';
import { channelFor, wantsEmail } from './notification-preferences.js';

export interface CustomerRecipient {
  /** The contact; null: the account itself, which has no contact to tell. */
  contactId: string | null;
  email: string;
  /** Theirs, else the account's. */
  name: string;
  /** Theirs, else the account's; null: the business's. */
  locale: string | null;
  /** Their stored choices per kind (notification-preferences.ts reads them). */
  preferences: unknown;
}

/** What it is about: a notification's subject, or an autopay (by its agreement's id: a card-expiry reminder). */
export type RecipientSubject = NotificationSubject | { type: 'autopay'; id: string };

interface ContactRow {
  contactId: string;
  email: string;
  name: string;
  locale: string | null;
  preferences: unknown;
  sees: boolean;
}

/** The people of the account to tell about `subject`, primary contact first; none when the customer is not found. */
export async function customerRecipients(ctx: ScopedContext, customerId: string, subject: RecipientSubject): Promise<CustomerRecipient[]> {
  const contacts = await ctx.tx.$queryRaw<ContactRow[]>`
    SELECT contact_id::text AS "contactId", email, name, locale, notification_preferences AS preferences, sees
    FROM app_contacts_to_notify(${customerId}::uuid, ${subject.type}, ${subject.id}::uuid)`;
  if (contacts.length) {
    return contacts.filter((c) => c.sees).map((c) => ({ contactId: c.contactId, email: c.email, name: c.name, locale: c.locale, preferences: c.preferences }));
  }
  const customer = await ctx.tx.customer.findFirst({
    where: { id: customerId },
    select: { name: true, email: true, locale: true, notificationPreferences: true },
  });
  return customer ? [{ contactId: null, email: customer.email, name: customer.name, locale: customer.locale, preferences: customer.notificationPreferences }] : [];
}

/** Those of the account who want `kind` by email, about `subject` (reminders, away emails). */
export async function customerEmailRecipients(ctx: ScopedContext, customerId: string, subject: RecipientSubject, kind: CustomerNotificationKind): Promise<CustomerRecipient[]> {
  const recipients = await customerRecipients(ctx, customerId, subject);
  return recipients.filter((r) => wantsEmail(channelFor('customer', r.preferences, kind)));
}
