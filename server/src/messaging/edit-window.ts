// The edit window: a message can be edited or deleted by its author only, and only for a few
// minutes after it was sent (long enough to fix a typo, short enough that a reply has not been
// written against words that later change). Deleted messages stay deleted.
import { Conflict } from '../errors/errors.js';

export const EDIT_WINDOW_MINUTES = 15;
const WINDOW_MS = EDIT_WINDOW_MINUTES * 60_000;

export interface ChangeableMessage {
  sentAt: Date;
  deletedAt: Date | null;
}

/** The instant the message stops being changeable. */
export function editDeadline(message: Pick<ChangeableMessage, 'sentAt'>): Date {
  return new Date(message.sentAt.getTime() + WINDOW_MS);
}

/** Whether, at `now`, the message may still be edited or deleted (by its author). */
export function isWithinEditWindow(message: ChangeableMessage, now: Date): boolean {
  return message.deletedAt === null && now.getTime() < editDeadline(message).getTime();
}

/** CONFLICT (reason MESSAGE_DELETED or EDIT_WINDOW_CLOSED) unless the message may still change at `now`. */
export function assertEditWindowOpen(message: ChangeableMessage, now: Date): void {
  if (message.deletedAt !== null) throw new Conflict('This message was deleted.', 'MESSAGE_DELETED');
  if (!isWithinEditWindow(message, now)) {
    throw new Conflict(`Messages can only be changed in the ${EDIT_WINDOW_MINUTES} minutes after they are sent.`, 'EDIT_WINDOW_CLOSED');
  }
}
