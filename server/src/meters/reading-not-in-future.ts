// A counter cannot be read in the future: a reading dated after now is refused. A minute of slack
// covers a collection agent's clock running slightly ahead.
export const READ_IN_FUTURE = 'READ_IN_FUTURE';
const SLACK_MS = 60_000;

export function readingNotInFuture(readAt: Date, now: Date): boolean {
  return readAt.getTime() <= now.getTime() + SLACK_MS;
}
