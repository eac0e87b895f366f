// What the shared message components take (both apps' documents fit these shapes), and the pure
// rules behind what they show: one list out of several loads, days in the business's time zone,
// what a thread is about, a message in one line, "Seen by", file sizes.
import { intlTag } from '../format';
import type { MessagingMessageKey } from '../i18n/messaging';
import type { MessageParams } from '../i18n/translate';
import { addDays, localParts } from '../zoned';

export type AnchorType = 'GENERAL' | 'JOB' | 'REQUEST' | 'INVOICE' | 'PROJECT' | 'QUOTE';
export type Audience = 'customer' | 'staff';

export interface MessageAttachmentItem {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  /** A short-lived signed link to the file. */
  url: string;
}

/** A message as both apps' documents select it. */
export interface MessageItem {
  id: string;
  body: string;
  sentAt: string;
  editedAt?: string | null;
  deleted: boolean;
  /** Written by the person looking. */
  mine: boolean;
  /** The author may still edit or delete it. */
  canEdit: boolean;
  channel?: 'PORTAL' | 'EMAIL';
  /** A staff-only note (the admin app's). */
  internal?: boolean;
  author: { kind: 'CUSTOMER' | 'STAFF'; name: string };
  attachments: readonly MessageAttachmentItem[];
}

export interface ThreadAnchorItem {
  type: AnchorType;
  id?: string | null;
  label?: string | null;
}

export type MessagingTranslate = (key: MessagingMessageKey, params?: MessageParams) => string;

/** An edit or a deletion is newer than what it changed: a deleted message never comes back. */
function version(message: MessageItem): number {
  return message.deleted ? Number.POSITIVE_INFINITY : Date.parse(message.editedAt ?? message.sentAt);
}

/**
 * One chronological list out of several (earlier pages, what this side just wrote, the latest
 * load): one entry per message, its newest version; on a tie the later list wins.
 */
export function mergeMessages<M extends MessageItem>(...lists: readonly (readonly M[])[]): M[] {
  const byId = new Map<string, M>();
  for (const list of lists) {
    for (const message of list) {
      const known = byId.get(message.id);
      if (!known || version(message) >= version(known)) byId.set(message.id, message);
    }
  }
  return [...byId.values()].sort((a, b) => Date.parse(a.sentAt) - Date.parse(b.sentAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface MessageDay<M> {
  /** "YYYY-MM-DD" in the time zone. */
  day: string;
  messages: M[];
}

/** Consecutive messages by calendar day in `timeZone` (the business's). */
export function groupByDay<M extends MessageItem>(messages: readonly M[], timeZone: string): MessageDay<M>[] {
  const days: MessageDay<M>[] = [];
  for (const message of messages) {
    const day = localParts(message.sentAt, timeZone).date;
    const last = days.at(-1);
    if (last?.day === day) last.messages.push(message);
    else days.push({ day, messages: [message] });
  }
  return days;
}

/** "Today", "Yesterday", else the full date ("Friday, December 4, 2026"). */
export function dayLabel(t: MessagingTranslate, locale: string, day: string, today: string): string {
  if (day === today) return t('messaging.today');
  if (day === addDays(today, -1)) return t('messaging.yesterday');
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** What a thread is about, for its reader: "Appointment: Furnace tune-up", "Invoice INV-1042", "Ask us anything". */
export function anchorText(t: MessagingTranslate, audience: Audience, anchor: ThreadAnchorItem): string {
  if (anchor.type === 'GENERAL') return t(`messaging.anchor.${audience}.GENERAL`);
  const label = anchor.label?.trim();
  return label ? t(`messaging.anchor.${audience}.${anchor.type}`, { label }) : t(`messaging.anchorKind.${audience}.${anchor.type}`);
}

/** A message in one line (an inbox row, an announcement): its text, else its files, or that it was deleted. */
export function messageExcerpt(t: MessagingTranslate, message: { body: string; deleted: boolean; attachments: readonly unknown[] }, max = 140): string {
  if (message.deleted) return t('messaging.excerpt.deleted');
  const text = message.body.replace(/\s+/g, ' ').trim();
  if (text) return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return t('messaging.excerpt.files', { count: message.attachments.length });
}

/**
 * The last message of one's own that is still there: where "Seen by" or "Sent" shows. `ours` says
 * which messages are this side's: one's own by default, the whole team's in the admin app.
 */
export function lastOwnMessage<M extends MessageItem>(messages: readonly M[], ours: (message: M) => boolean = (message) => message.mine): M | undefined {
  return messages.findLast((message) => ours(message) && !message.deleted && !message.internal);
}

/** Whether the other side has read a message sent at `sentAt`: they read the thread at or after it. */
export function isSeen(seenAt: string | null | undefined, sentAt: string): boolean {
  return !!seenAt && Date.parse(seenAt) >= Date.parse(sentAt);
}

/** "820 kB", "2.4 MB" in the reader's language. */
export function formatBytes(locale: string, bytes: number): string {
  const megabyte = 1024 * 1024;
  if (bytes >= megabyte) {
    return new Intl.NumberFormat(intlTag(locale), { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / megabyte);
  }
  return new Intl.NumberFormat(intlTag(locale), { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));
}

/** Whether a file is shown as a picture (a thumbnail) rather than a file to download. */
export function isImage(contentType: string): boolean {
  return contentType.startsWith('image/') && contentType !== 'image/heic' && contentType !== 'image/heif';
}
