// The one table of moves between account states, for portal accounts and staff users alike.
// Only an `active` account may sign in or keep a session (sessions.ts checks it per request).
import type { AccountStatus } from '../generated/prisma/enums.js';

export type AccountMove = 'acceptInvitation' | 'deactivate' | 'reactivate';

export const ACCOUNT_MOVES: Record<AccountMove, { from: readonly AccountStatus[]; to: AccountStatus }> = {
  acceptInvitation: { from: ['invited'], to: 'active' },
  deactivate: { from: ['invited', 'active'], to: 'deactivated' },
  reactivate: { from: ['deactivated'], to: 'active' },
};

export function canMove(status: AccountStatus, move: AccountMove): boolean {
  return ACCOUNT_MOVES[move].from.includes(status);
}
