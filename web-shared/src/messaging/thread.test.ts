import { describe, expect, it } from 'vitest';
import { messagingMessages, type MessagingMessageKey } from '../i18n/messaging';
import { translate } from '../i18n/translate';
import type { MessageParams } from '../i18n/translate';
import { anchorText, dayLabel, formatBytes, groupByDay, isSeen, lastOwnMessage, mergeMessages, messageExcerpt, type MessageItem } from './thread';

const t = (key: MessagingMessageKey, params?: MessageParams) => translate(messagingMessages, 'en', key, params);
const tFr = (key: MessagingMessageKey, params?: MessageParams) => translate(messagingMessages, 'fr', key, params);

function message(id: string, sentAt: string, more: Partial<MessageItem> = {}): MessageItem {
  return { id, body: `text ${id}`, sentAt, editedAt: null, deleted: false, mine: false, canEdit: false, author: { kind: 'STAFF', name: 'Northwind' }, attachments: [], ...more };
}

describe('the messages of a thread', () => {
  it('merges pages into one chronological list without duplicates', () => {
    const older = [message('a', '2026-12-01T10:00:00Z'), message('b', '2026-12-01T11:00:00Z')];
    const latest = [message('b', '2026-12-01T11:00:00Z'), message('c', '2026-12-02T09:00:00Z')];
    expect(mergeMessages(older, latest).map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the newest version of a message: an edit over the original, a deletion over an edit', () => {
    const original = message('a', '2026-12-01T10:00:00Z', { body: 'first' });
    const edited = message('a', '2026-12-01T10:00:00Z', { body: 'second', editedAt: '2026-12-01T10:05:00Z' });
    const deleted = message('a', '2026-12-01T10:00:00Z', { body: '', deleted: true });
    expect(mergeMessages([edited], [original])[0]?.body).toBe('second');
    expect(mergeMessages([deleted], [edited])[0]?.deleted).toBe(true);
    // The same version: the later list (the latest load) wins.
    expect(mergeMessages([{ ...original, canEdit: true }], [original])[0]?.canEdit).toBe(false);
  });

  it('orders messages of the same instant by id', () => {
    expect(mergeMessages([message('b', '2026-12-01T10:00:00Z'), message('a', '2026-12-01T10:00:00Z')]).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('groups by calendar day in the business’s time zone', () => {
    // 23:30 and 00:30 in Chicago are two days there, one day in UTC.
    const messages = [message('a', '2026-12-02T05:30:00Z'), message('b', '2026-12-02T06:30:00Z')];
    expect(groupByDay(messages, 'America/Chicago').map((d) => [d.day, d.messages.map((m) => m.id)])).toEqual([
      ['2026-12-01', ['a']],
      ['2026-12-02', ['b']],
    ]);
    expect(groupByDay(messages, 'UTC')).toHaveLength(1);
  });

  it('names today, yesterday, then the date', () => {
    expect(dayLabel(t, 'en', '2026-12-04', '2026-12-04')).toBe('Today');
    expect(dayLabel(t, 'en', '2026-12-03', '2026-12-04')).toBe('Yesterday');
    expect(dayLabel(t, 'en', '2026-11-30', '2026-12-04')).toBe('Monday, November 30, 2026');
    expect(dayLabel(tFr, 'fr', '2026-11-30', '2026-12-04')).toBe('lundi 30 novembre 2026');
  });

  it('the last own message is the one a read receipt belongs to', () => {
    const messages = [
      message('a', '2026-12-01T10:00:00Z', { mine: true }),
      message('b', '2026-12-01T11:00:00Z', { mine: true, deleted: true }),
      message('c', '2026-12-01T12:00:00Z'),
    ];
    expect(lastOwnMessage(messages)?.id).toBe('a');
    expect(lastOwnMessage([message('c', '2026-12-01T12:00:00Z')])).toBeUndefined();
  });

  it('in the team inbox the receipt goes under the team’s last reply, whoever wrote it, never under an internal note', () => {
    const team = (m: MessageItem) => m.author.kind === 'STAFF';
    const messages = [
      message('a', '2026-12-01T10:00:00Z', { mine: true, author: { kind: 'STAFF', name: 'Dana' } }),
      message('b', '2026-12-01T11:00:00Z', { author: { kind: 'STAFF', name: 'Jenna' } }),
      message('c', '2026-12-01T12:00:00Z', { author: { kind: 'STAFF', name: 'Jenna' }, internal: true }),
      message('d', '2026-12-01T13:00:00Z', { author: { kind: 'CUSTOMER', name: 'Sofia' } }),
    ];
    expect(lastOwnMessage(messages, team)?.id).toBe('b');
    expect(lastOwnMessage(messages)?.id).toBe('a');
  });

  it('a message is seen when the other side read the thread at or after it was sent', () => {
    expect(isSeen('2026-12-01T10:00:00Z', '2026-12-01T10:00:00.000Z')).toBe(true);
    expect(isSeen('2026-12-01T09:59:59Z', '2026-12-01T10:00:00Z')).toBe(false);
    expect(isSeen(null, '2026-12-01T10:00:00Z')).toBe(false);
  });
});

describe('what a thread is about', () => {
  it('reads as the customer’s or the staff’s words', () => {
    expect(anchorText(t, 'customer', { type: 'JOB', id: '1', label: 'Furnace tune-up' })).toBe('Appointment: Furnace tune-up');
    expect(anchorText(t, 'staff', { type: 'JOB', id: '1', label: 'Furnace tune-up' })).toBe('Job: Furnace tune-up');
    expect(anchorText(t, 'customer', { type: 'INVOICE', id: '2', label: 'INV-1042' })).toBe('Invoice INV-1042');
    expect(anchorText(t, 'customer', { type: 'GENERAL' })).toBe('Ask us anything');
    expect(anchorText(t, 'customer', { type: 'REQUEST', id: '3', label: '  ' })).toBe('Service request');
  });
});

describe('a message in one line', () => {
  it('is its text on one line, shortened', () => {
    expect(messageExcerpt(t, { body: 'Hello\n\nthere', deleted: false, attachments: [] })).toBe('Hello there');
    expect(messageExcerpt(t, { body: 'x'.repeat(200), deleted: false, attachments: [] }, 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('says it was deleted, or counts its files when it has no text', () => {
    expect(messageExcerpt(t, { body: '', deleted: true, attachments: [] })).toBe('Message deleted');
    const file = { id: 'f', fileName: 'a.jpg', contentType: 'image/jpeg', sizeBytes: 1, url: '/f' };
    expect(messageExcerpt(t, { body: ' ', deleted: false, attachments: [file, file] })).toBe('2 attachments');
  });
});

describe('file sizes', () => {
  it('in kilobytes under a megabyte, else megabytes with one decimal', () => {
    expect(formatBytes('en', 300)).toBe('1 kB');
    expect(formatBytes('en', 820 * 1024)).toBe('820 kB');
    expect(formatBytes('en', 2.45 * 1024 * 1024)).toBe('2.5 MB');
    expect(formatBytes('fr', 2.45 * 1024 * 1024)).toBe('2,5\u202fMo');
  });
});
