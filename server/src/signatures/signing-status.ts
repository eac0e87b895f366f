// A signing request's lifecycle: PENDING until signed, declined by the customer or cancelled by staff.
import type { SigningStatus } from '../generated/prisma/enums.js';

const NEXT: Record<SigningStatus, readonly SigningStatus[]> = {
  PENDING: ['SIGNED', 'DECLINED', 'CANCELLED'],
  SIGNED: [],
  DECLINED: [],
  CANCELLED: [],
};

export function nextSigningStates(status: SigningStatus): readonly SigningStatus[] {
  return NEXT[status];
}

export function canMoveSigning(from: SigningStatus, to: SigningStatus): boolean {
  return NEXT[from].includes(to);
}
