// Reaching a milestone. A payment milestone issues its invoice ("Milestone: <name>", linked to
// the project) exactly once: the project row is locked by the caller, and the milestone moves
// from upcoming to reached in the same statement that claims it, so a second call finds it
// reached and issues nothing.
import type { StaffContext } from '../context/context.js';
import { Conflict } from '../errors/errors.js';
import type { ProjectWithParts } from './projects.service.js';
import { queueProjectDocument } from './project-documents.js';

export async function reachMilestone(ctx: StaffContext, project: ProjectWithParts, milestoneId: string): Promise<void> {
  const now = ctx.now();
  const claimed = await ctx.tx.projectMilestone.updateMany({
    where: { id: milestoneId, projectId: project.id, status: 'upcoming' },
    data: { status: 'reached', reachedAt: now },
  });
  if (claimed.count === 0) {
    const current = await ctx.tx.projectMilestone.findFirst({ where: { id: milestoneId }, select: { status: true } });
    if (current?.status === 'cancelled') throw new Conflict('A cancelled milestone cannot be reached.', 'MILESTONE_CANCELLED');
    return; // reached already: nothing more to do
  }
  await queueProjectDocument(ctx, project.id, 'PROGRESS_REPORT', milestoneId);
}
