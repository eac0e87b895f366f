// Erasure waits while the customer has something running with the business
// (ERASURE_BLOCKED_CONTRACT): an active service agreement (it still invoices), an active meter
// contract that has not ended (it still bills readings), a project not completed or cancelled, or
// a job still to come (scheduled, requested or in progress, whatever its date: a job in progress
// today counts as much as one next week). Past and cancelled work does not block: it is history.
import type { JobStatus, ProjectStatus } from '../generated/prisma/enums.js';

export const ERASURE_BLOCKED_CONTRACT = 'ERASURE_BLOCKED_CONTRACT';

export interface RunningWork {
  agreements: readonly { active: boolean }[];
  meterContracts: readonly { active: boolean; endsOn: Date | null }[];
  projects: readonly { status: ProjectStatus }[];
  jobs: readonly { status: JobStatus }[];
}

const OPEN_JOB: readonly JobStatus[] = ['requested', 'scheduled', 'in_progress'];
const OPEN_PROJECT: readonly ProjectStatus[] = ['planning', 'in_progress', 'on_hold'];

/** `today` is the business's date (UTC midnight of it): a meter contract ending before it is over. */
export function activeContractBlocksErasure(work: RunningWork, today: Date): boolean {
  return (
    work.agreements.some((a) => a.active) ||
    work.meterContracts.some((c) => c.active && (c.endsOn === null || c.endsOn >= today)) ||
    work.projects.some((p) => OPEN_PROJECT.includes(p.status)) ||
    work.jobs.some((j) => OPEN_JOB.includes(j.status))
  );
}
