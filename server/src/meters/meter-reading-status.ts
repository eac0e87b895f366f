// The review of a reading, one table of allowed moves: a flagged reading is approved or rejected;
// an accepted one (or an estimate) may still be rejected as wrong. Rejected is final (a correct
// value is entered as a new reading). A billed reading changes no more (see meter-readings.service.ts).
import type { MeterReadingStatus } from '../generated/prisma/enums.js';

const MOVES: Record<MeterReadingStatus, readonly MeterReadingStatus[]> = {
  ACCEPTED: ['REJECTED'],
  FLAGGED: ['APPROVED', 'REJECTED'],
  APPROVED: ['REJECTED'],
  REJECTED: [],
};

export function nextReadingStates(status: MeterReadingStatus): MeterReadingStatus[] {
  return [...MOVES[status]];
}

export function canMoveReading(from: MeterReadingStatus, to: MeterReadingStatus): boolean {
  return MOVES[from].includes(to);
}
