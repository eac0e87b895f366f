// "Email when away": how long a new message may stay unread before its side gets one email about
// it (the business's setting, 0 to 1440 minutes; the database checks the same bounds). 0 emails at
// once, still one email for a burst written together.
import { BadInput } from '../errors/errors.js';

export const MESSAGE_EMAIL_DELAY_BOUNDS = { min: 0, max: 1440, default: 5 } as const;

/** The given delay, checked; refuses a value out of bounds on its field. Undefined: unchanged. */
export function messageEmailDelayUpdate(input: { messageEmailDelayMinutes?: number | null }): { messageEmailDelayMinutes?: number } {
  const value = input.messageEmailDelayMinutes;
  if (value == null) return {};
  const { min, max } = MESSAGE_EMAIL_DELAY_BOUNDS;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadInput('messageEmailDelayMinutes', `Choose between ${min} and ${max} minutes (24 hours).`, 'OUT_OF_RANGE');
  }
  return { messageEmailDelayMinutes: value };
}

/** When the away email about a message sent at `sentAt` is due. */
export function awayEmailDueAt(sentAt: Date, delayMinutes: number): Date {
  return new Date(sentAt.getTime() + delayMinutes * 60_000);
}
