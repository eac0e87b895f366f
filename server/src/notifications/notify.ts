// Telling a person that something happened: the one way the rest of the code notifies a customer's
// contacts or staff. Called in the transaction of the write that causes it, so a write that rolls back
// tells nobody. Each person's preference for the kind (notification-preferences.ts) decides
// whether a row goes to their bell (a plain insert into `notifications`), an email to their
// mailbox (the outbox, in their language, times in the business's zone), both or neither.
import { randomUUID } from 'node:crypto';
import type { ScopedContext } from '../context/context.js';
import type { Prisma, Tenant } from '../generated/prisma/client.js';
import { formatWhen } from '../common/dates.js';
import { formatMinor } from '../common/money.js';
import { INTL_LOCALE, type Language } from '../common/languages.js';
import { emailLanguage } from '../platform/email-locale.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { portalLinks } from '../communications/portal-links.js';
import { rolesToAlert } from '../alerts/staff-alert-roles.js';
import { staffAlertLetter } from '../alerts/staff-alerts.emails.js';
import type { CustomerNotificationKind, NotificationChannel, NotificationParams, NotificationSubject, StaffNotificationKind } from './notification-kinds.js';
import { channelFor, wantsEmail, wantsInApp } from './notification-preferences.js';
import { customerLetter, type Letter } from './notification-emails.js';
import { isOwnDoing } from './own-doing.js';
import { customerRecipients } from './customer-recipients.js';

export type { Letter };

/** Whom an email is written to, for a caller that brings its own letter. */
export interface LetterRecipient {
  name: string;
  /** Their stored language (null: the business's), as the letter functions take it. */
  locale: string | null;
  /** The language the letter is written in: theirs, else the business's, else English. */
  language: Language;
  tenant: Tenant;
}

export interface CustomerNotice {
  customerId: string;
  kind: CustomerNotificationKind;
  /** What it links to (a payment links to its invoice). */
  subject: NotificationSubject;
  /** The few values its text needs; the apps and the default letter write the text from them. */
  params?: NotificationParams;
  /** The email, when the kind has a letter of its own; otherwise notification-emails.ts writes it from `params`. */
  letter?: (to: LetterRecipient) => Letter;
  /**
   * The bell only: the caller sends the email part itself, later (a message's away email waits to
   * see whether it is read first; messaging/away-email.ts honours the same preference).
   */
  inAppOnly?: boolean;
}

export interface StaffNotice {
  kind: StaffNotificationKind;
  subject: NotificationSubject;
  params?: NotificationParams;
  /**
   * Only these members of staff (a message to one person). Without it: every active member of
   * the roles the business chose for the kind (staff alerts).
   */
  staffUserIds?: readonly string[];
  letter?: (to: LetterRecipient) => Letter;
  /** The bell only, as for CustomerNotice. */
  inAppOnly?: boolean;
}

/** What reached one person: the row in their bell (its id) and whether an email was queued. */
export interface Delivery {
  notificationId: string | null;
  emailed: boolean;
}

/** Without the values that say nothing, so a row keeps only what its text uses. */
function storedParams(params: NotificationParams | undefined): Prisma.InputJsonObject {
  const stored: Record<string, string | number> = {};
  for (const [key, value] of Object.entries<string | number | null | undefined>(params ?? {})) {
    if (value !== null && value !== undefined) stored[key] = value;
  }
  return stored;
}

/** One person a notice reaches: whose bell a row goes to, how they want the kind, and their email. */
interface Addressee {
  /** The columns naming them on a bell row. */
  whose: Pick<Prisma.NotificationCreateManyInput, 'customerId' | 'contactId' | 'staffUserId'>;
  channel: NotificationChannel;
  /** Their own doing: no bell (they know), the email still goes (a receipt). */
  ownDoing: boolean;
  /** Queues their email, written for them. */
  email: () => Promise<void>;
}

/**
 * The bell rows and emails of one notice, each person by their own channel. No RETURNING on the
 * rows: the writer (a contact telling a colleague, a customer telling the office) could not read
 * them back.
 */
async function deliver(ctx: ScopedContext, tenant: Tenant, notice: CustomerNotice | StaffNotice, addressees: Addressee[]): Promise<Delivery[]> {
  const params = storedParams(notice.params);
  const rows: Prisma.NotificationCreateManyInput[] = [];
  const deliveries: Delivery[] = [];
  for (const addressee of addressees) {
    const delivery: Delivery = { notificationId: null, emailed: false };
    if (wantsInApp(addressee.channel) && !addressee.ownDoing) {
      delivery.notificationId = randomUUID();
      rows.push({
        id: delivery.notificationId,
        tenantId: tenant.id,
        ...addressee.whose,
        kind: notice.kind,
        subjectType: notice.subject.type,
        subjectId: notice.subject.id,
        params,
        createdAt: ctx.now(),
      });
    }
    if (wantsEmail(addressee.channel) && !notice.inAppOnly) {
      await addressee.email();
      delivery.emailed = true;
    }
    if (delivery.notificationId || delivery.emailed) deliveries.push(delivery);
  }
  if (rows.length) await ctx.tx.notification.createMany({ data: rows });
  return deliveries;
}

/**
 * Tells a customer's account: each contact who may see the subject (customer-recipients.ts), by
 * their own choice for the kind, in their language; the account itself when it has no contact yet.
 * Returns one delivery per person told; none when the customer is not found (or not visible to the
 * caller).
 */
export async function notifyCustomer(ctx: ScopedContext, notice: CustomerNotice): Promise<Delivery[]> {
  const tenant = await scopeTenant(ctx);
  const recipients = await customerRecipients(ctx, notice.customerId, notice.subject);
  return deliver(
    ctx,
    tenant,
    notice,
    recipients.map((recipient) => ({
      whose: { customerId: notice.customerId, contactId: recipient.contactId },
      channel: channelFor('customer', recipient.preferences, notice.kind),
      ownDoing: isOwnDoing(ctx.rls, { customerId: notice.customerId, contactId: recipient.contactId }),
      email: async () => {
        const language = emailLanguage(recipient.locale, tenant.locale);
        const to: LetterRecipient = { name: recipient.name, locale: recipient.locale, language, tenant };
        const letter =
          notice.letter?.(to) ??
          customerLetter(notice.kind, language, {
            business: tenant.name,
            name: recipient.name,
            params: notice.params ?? {},
            timeZone: tenant.timeZone,
            link: customerLink(ctx, tenant, notice.subject),
          });
        await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, customerId: notice.customerId, to: recipient.email, ...letter });
      },
    })),
  );
}

/**
 * Tells the members of staff the kind is for (or those named), each by their own preference;
 * never the member of staff whose doing it is. Returns one delivery per member told.
 */
export async function notifyStaff(ctx: ScopedContext, notice: StaffNotice): Promise<Delivery[]> {
  const tenant = await scopeTenant(ctx);
  const roles = notice.staffUserIds ? null : rolesToAlert(tenant.staffAlerts, notice.kind);
  if (roles?.length === 0 || notice.staffUserIds?.length === 0) return [];
  // A customer's scope may read the tenant's staff too (their names on jobs); the API shows them nothing more.
  const staff = await ctx.tx.staffUser.findMany({
    where: { tenantId: tenant.id, status: 'active', ...(roles ? { role: { in: roles } } : { id: { in: [...(notice.staffUserIds ?? [])] } }) },
    select: { id: true, name: true, email: true, locale: true, notificationPreferences: true },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return deliver(
    ctx,
    tenant,
    notice,
    staff
      .filter((member) => !isOwnDoing(ctx.rls, { staffUserId: member.id }))
      .map((member) => ({
        whose: { staffUserId: member.id },
        channel: channelFor('staff', member.notificationPreferences, notice.kind),
        ownDoing: false,
        email: async () => {
          const language = emailLanguage(member.locale, tenant.locale);
          const to: LetterRecipient = { name: member.name, locale: member.locale, language, tenant };
          const letter = notice.letter?.(to) ?? staffLetter(ctx, tenant, notice, member.name, language);
          await ctx.deps.mailer.send(ctx, { tenantId: tenant.id, to: member.email, ...letter });
        },
      })),
  );
}

function customerLink(ctx: ScopedContext, tenant: Tenant, subject: NotificationSubject): string {
  const base = ctx.deps.config.portalUrl;
  switch (subject.type) {
    case 'job':
      return portalLinks.appointment(base, tenant, subject.id);
    case 'invoice':
      return portalLinks.invoice(base, tenant, subject.id);
    case 'request':
      return portalLinks.requests(base, tenant);
    case 'document':
      return portalLinks.documents(base, tenant);
    case 'message':
      return portalLinks.messageThread(base, tenant, subject.id);
    case 'project':
      return portalLinks.project(base, tenant, subject.id);
    case 'quote':
      return portalLinks.quote(base, tenant, subject.id);
    case 'signing':
      return portalLinks.signing(base, tenant, subject.id);
    case 'asset':
      return portalLinks.asset(base, tenant, subject.id);
    case 'supply_order':
      return portalLinks.supplyOrder(base, tenant, subject.id);
    default:
      return portalLinks.notifications(base, tenant);
  }
}

/** Where an email to staff sends them in the admin app. */
export function adminLink(ctx: ScopedContext, kind: StaffNotificationKind, subject: NotificationSubject): string {
  const base = ctx.deps.config.adminUrl;
  // An appointment request is handled in the requests inbox, with the other requests.
  if (kind === 'appointmentRequest') return `${base}/requests`;
  switch (subject.type) {
    case 'job':
      return `${base}/jobs/${subject.id}`;
    case 'request':
      return `${base}/requests/${subject.id}`;
    case 'invoice':
      return `${base}/invoices/${subject.id}`;
    case 'review':
      return `${base}/reviews`;
    case 'message':
      return adminThreadLink(base, subject.id);
    case 'project':
      return `${base}/projects/${subject.id}`;
    case 'quote':
      return `${base}/quotes/${subject.id}`;
    case 'supply_order':
      return `${base}/supplies/orders/${subject.id}`;
    default:
      return `${base}/notifications`;
  }
}

/** A message thread in the admin app's team inbox. */
export function adminThreadLink(adminUrl: string, threadId: string): string {
  return `${adminUrl}/messages/${encodeURIComponent(threadId)}`;
}

function staffLetter(ctx: ScopedContext, tenant: Tenant, notice: StaffNotice, name: string, language: Language): Letter {
  const p = notice.params ?? {};
  return staffAlertLetter(notice.kind, language, {
    business: tenant.name,
    name,
    customer: p.customer ?? '',
    what: p.title ?? p.excerpt ?? '',
    when: p.start ? formatWhen(new Date(p.start), tenant.timeZone, language) : null,
    urgency: p.urgency ?? null,
    amount: p.amountMinor != null && p.currency ? formatMinor(INTL_LOCALE[language], p.currency, p.amountMinor) : null,
    number: p.number ?? null,
    rating: p.rating ?? null,
    link: adminLink(ctx, notice.kind, notice.subject),
  });
}
