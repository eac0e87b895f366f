// The API's clock: the system's, or the system's moved by a fixed offset (readClockOffsetMs),
// so that every instant the API reasons with (ctx.now()) is shifted alike and time still flows.

/** A clock `offsetMs` ahead of `systemNow` (behind when negative). */
export function shiftedClock(offsetMs: number, systemNow: () => number = Date.now): () => Date {
  return () => new Date(systemNow() + offsetMs);
}
