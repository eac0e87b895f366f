import { describe, expect, it } from 'vitest';
import { activeContractBlocksErasure, type RunningWork } from './erasure-blocked-contract.js';

const today = new Date('2026-12-01T00:00:00Z');
const none: RunningWork = { agreements: [], meterContracts: [], projects: [], jobs: [] };

describe('an active contract blocks erasure', () => {
  it('blocks for an active agreement, a running meter contract, an open project or a job to come', () => {
    expect(activeContractBlocksErasure({ ...none, agreements: [{ active: true }] }, today)).toBe(true);
    expect(activeContractBlocksErasure({ ...none, meterContracts: [{ active: true, endsOn: null }] }, today)).toBe(true);
    expect(activeContractBlocksErasure({ ...none, meterContracts: [{ active: true, endsOn: today }] }, today)).toBe(true);
    expect(activeContractBlocksErasure({ ...none, projects: [{ status: 'on_hold' }] }, today)).toBe(true);
    expect(activeContractBlocksErasure({ ...none, jobs: [{ status: 'scheduled' }] }, today)).toBe(true);
    expect(activeContractBlocksErasure({ ...none, jobs: [{ status: 'in_progress' }] }, today)).toBe(true);
  });
  it('does not block for ended agreements and contracts, finished projects and past or cancelled jobs', () => {
    expect(
      activeContractBlocksErasure(
        {
          agreements: [{ active: false }],
          meterContracts: [
            { active: true, endsOn: new Date('2026-11-30T00:00:00Z') },
            { active: false, endsOn: null },
          ],
          projects: [{ status: 'completed' }, { status: 'cancelled' }],
          jobs: [{ status: 'completed' }, { status: 'cancelled' }, { status: 'declined' }],
        },
        today,
      ),
    ).toBe(false);
  });
});
