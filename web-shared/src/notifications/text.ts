// What a notification says, in the reader's language, from its kind and the values it carries:
// instants in the business's time zone, money in its currency.
import { formatDateTime, formatLocalDay, formatMoney, formatTime } from '../format';
import { notificationMessages, type NotificationMessageKey } from '../i18n/notifications';
import type { MessageParams } from '../i18n/translate';

export type Audience = 'customer' | 'staff';

/** A notification as both apps' documents select it (codegen's types fit this shape). */
export interface NotificationItem {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  createdAt: string;
  readAt?: string | null;
  params: {
    title?: string | null;
    start?: string | null;
    change?: string | null;
    number?: string | null;
    amountMinor?: number | null;
    currency?: string | null;
    customer?: string | null;
    technician?: string | null;
    eta?: string | null;
    status?: string | null;
    urgency?: string | null;
    rating?: number | null;
    excerpt?: string | null;
    days?: number | null;
    date?: string | null;
    cause?: string | null;
  };
}

type Translate = (key: NotificationMessageKey, params?: MessageParams) => string;

const KEYS = new Set<string>(Object.keys(notificationMessages.en));
const isKey = (key: string): key is NotificationMessageKey => KEYS.has(key);

/** The variant of a kind's sentence (a booking's change, a request's status, an emergency), else the kind's own. */
function keyOf(audience: Audience, item: NotificationItem): NotificationMessageKey | null {
  const base = `notifications.text.${audience}.${item.kind}`;
  const p = item.params;
  const variant =
    item.kind === 'bookingChanged'
      ? p.change
      : item.kind === 'requestStatusChanged' || item.kind === 'supplyOrderUpdated'
        ? p.status
        : item.kind === 'urgentRequest'
          ? p.urgency
          : item.kind === 'technicianOnTheWay' && p.eta
            ? 'eta'
            : null;
  const specific = `${base}.${variant ?? ''}`;
  if (variant && isKey(specific)) return specific;
  return isKey(base) ? base : null;
}

/** The sentence for `item`; a kind from a newer server without words here yet reads as its kind's name, or nothing. */
export function notificationText(t: Translate, locale: string, timeZone: string, audience: Audience, item: NotificationItem): string {
  const p = item.params;
  const key = keyOf(audience, item);
  if (!key) {
    const name = `notifications.kind.${item.kind}`;
    return isKey(name) ? t(name) : '';
  }
  return t(key, {
    title: p.title ?? '',
    start: p.start ? formatDateTime(locale, timeZone, p.start) : '',
    number: p.number ?? '',
    amount: p.amountMinor != null && p.currency ? formatMoney(locale, p.currency, p.amountMinor) : '',
    customer: p.customer ?? '',
    technician: p.technician ?? '',
    eta: p.eta ? formatTime(locale, timeZone, p.eta) : '',
    rating: p.rating ?? '',
    excerpt: p.excerpt ?? '',
    days: p.days ?? 0,
    date: p.date ? formatLocalDay(locale, p.date) : '',
  });
}
