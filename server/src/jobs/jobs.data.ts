// Writing a job row: one statement that checks the job is still as it was read and returns what
// it wrote, in the columns staff see (a customer's answer is picked from them by toJob).
import type { ScopedContext } from '../context/context.js';
import { Prisma } from '../generated/prisma/client.js';
import type { JobStatus } from '../generated/prisma/enums.js';
import { Conflict } from '../errors/errors.js';
import { adminJobSelect, type AdminJobRow } from './jobs.view.js';

/**
 * Updates the job if it still has the status it was read with (so two changes at once cannot
 * both pass the lifecycle), and `still` holds (e.g. the technician has not arrived meanwhile),
 * and returns the row written. CONFLICT (reason CHANGED_CONCURRENTLY) when someone changed it meanwhile.
 */
export async function updateJob(
  ctx: ScopedContext,
  tenantId: string,
  job: { id: string; status: JobStatus },
  data: Prisma.JobUncheckedUpdateInput,
  still: Prisma.JobWhereInput = {},
): Promise<AdminJobRow> {
  try {
    return await ctx.tx.job.update({ where: { ...still, tenantId_id: { tenantId, id: job.id }, status: job.status }, data, select: adminJobSelect });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') {
      throw new Conflict('This job was just changed by someone else. Reload it and try again.', 'CHANGED_CONCURRENTLY');
    }
    throw error;
  }
}

/** A job's visit starts over when it moves to another time or technician: the promise ("on my way, arriving around 14:20") was theirs. */
export const VISIT_RESET = { onMyWayAt: null, etaAt: null, arrivedAt: null } as const satisfies Prisma.JobUncheckedUpdateInput;
