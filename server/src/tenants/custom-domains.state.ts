// A custom domain claim's states and the one table of moves after each check of its proof.
//
//   pending   asked for, not proven: serves nothing. The worker checks it hourly; after 7 days
//             without proof it gives up (failed). "Check now" works in every state.
//   verified  proven: tenants.custom_domain names it and the portal is served there. The worker
//             checks it daily; after 3 daily checks in a row that find no proof (about 48 hours:
//             time to undo a mistaken DNS change) it goes back to pending and stops serving. DNS
//             that does not answer, or a manual check, never counts as a miss.
//   failed    pending for too long: no more automatic checks until "Check now" finds the proof.
import type { CustomDomainProblem, CustomDomainStatus } from '../generated/prisma/enums.js';

const HOUR_MS = 3600_000;
export const PENDING_RECHECK_MS = HOUR_MS;
export const VERIFIED_RECHECK_MS = 24 * HOUR_MS;
export const PENDING_GIVE_UP_MS = 7 * 24 * HOUR_MS;
export const MISSES_BEFORE_LAPSE = 3;

export interface ClaimState {
  status: CustomDomainStatus;
  misses: number;
  pendingSince: Date;
}

export type CheckResult = { found: true } | { found: false; problem: CustomDomainProblem };

/** Who checked: only the worker's scheduled checks count towards a verified domain's lapse. */
export type CheckSource = 'worker' | 'manual';

export interface ClaimChange {
  status: CustomDomainStatus;
  problem: CustomDomainProblem | null;
  misses: number;
  pendingSince: Date;
  checkedAt: Date;
  nextCheckAt: Date | null;
  /** Set when the claim becomes verified, cleared when it lapses, unchanged otherwise. */
  verifiedAt?: Date | null;
  /** What tenants.custom_domain must do: name this domain, stop naming it, or stay. */
  serving: 'start' | 'stop' | 'keep';
}

const after = (now: Date, ms: number) => new Date(now.getTime() + ms);

export function afterCheck(claim: ClaimState, check: CheckResult, now: Date, source: CheckSource): ClaimChange {
  const base = { checkedAt: now, pendingSince: claim.pendingSince };
  if (check.found) {
    const change = { ...base, status: 'verified' as const, problem: null, misses: 0, nextCheckAt: after(now, VERIFIED_RECHECK_MS) };
    return claim.status === 'verified' ? { ...change, serving: 'keep' } : { ...change, verifiedAt: now, serving: 'start' };
  }
  const { problem } = check;
  const noAnswer = problem === 'dns_unavailable';
  switch (claim.status) {
    case 'verified': {
      const misses = claim.misses + (source === 'worker' && !noAnswer ? 1 : 0);
      if (misses >= MISSES_BEFORE_LAPSE) {
        return { ...base, status: 'pending', problem, misses: 0, pendingSince: now, verifiedAt: null, nextCheckAt: after(now, PENDING_RECHECK_MS), serving: 'stop' };
      }
      return { ...base, status: 'verified', problem, misses, nextCheckAt: after(now, noAnswer ? PENDING_RECHECK_MS : VERIFIED_RECHECK_MS), serving: 'keep' };
    }
    case 'pending': {
      if (now.getTime() - claim.pendingSince.getTime() >= PENDING_GIVE_UP_MS) {
        return { ...base, status: 'failed', problem, misses: 0, nextCheckAt: null, serving: 'keep' };
      }
      return { ...base, status: 'pending', problem, misses: 0, nextCheckAt: after(now, PENDING_RECHECK_MS), serving: 'keep' };
    }
    case 'failed':
      return { ...base, status: 'failed', problem, misses: 0, nextCheckAt: null, serving: 'keep' };
  }
}
