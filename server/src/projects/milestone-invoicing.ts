// Reaching a milestone. A payment milestone issues its invoice exactly once: one line
// "Milestone: <name>" for its amount, numbered in the business's sequence like any invoice,
// linked to the project, and sent to the customer as staff-issued invoices are. The milestone
// moves from upcoming to reached in the statement that claims it (a conditional update, under the
// project's lock the caller holds), so of two calls at once only the first issues anything; the
// second finds it reached and returns the project as it stands.
import type { StaffContext } from '../context/context.js';
import { Conflict } from '../errors/errors.js';
import { recordStaffActivity } from '../activity/activity.js';
import { billing, insertDraft, issueAndSend } from '../invoices/invoices.admin.service.js';
import type { ProjectWithParts } from './projects.service.js';
import { queueProjectDocument } from './project-documents.js';

export const MILESTONE_LINE_PREFIX = 'Milestone: ';

export async function reachMilestone(ctx: StaffContext, project: ProjectWithParts, milestoneId: string): Promise<void> {
  const { tx } = ctx;
  const claimed = await tx.projectMilestone.updateMany({
    where: { id: milestoneId, projectId: project.id, status: 'upcoming' },
    data: { status: 'reached', reachedAt: ctx.now() },
  });
  if (claimed.count === 0) {
    const current = await tx.projectMilestone.findFirst({ where: { id: milestoneId }, select: { status: true } });
    if (current?.status === 'cancelled') throw new Conflict('A cancelled milestone cannot be reached.', 'MILESTONE_CANCELLED');
    return; // reached already: its invoice and report exist
  }
  const milestone = await tx.projectMilestone.findFirstOrThrow({ where: { id: milestoneId } });
  if (milestone.paymentAmountMinor !== null) {
    const { tenant, today } = await billing(ctx);
    const draft = await insertDraft(ctx, tenant, {
      customerId: project.customerId,
      projectId: project.id,
      lines: [{ description: `${MILESTONE_LINE_PREFIX}${milestone.name}`, quantity: 1, unitPriceMinor: milestone.paymentAmountMinor, taxRateBp: 0 }],
    });
    await recordStaffActivity(ctx, 'invoice.created', { subjectId: draft.id, customerId: draft.customerId });
    const issued = await issueAndSend(ctx, tenant, draft, today);
    await tx.projectMilestone.update({ where: { tenantId_id: { tenantId: milestone.tenantId, id: milestone.id } }, data: { invoiceId: issued.id } });
  }
  await queueProjectDocument(ctx, project.id, 'PROGRESS_REPORT', milestone.id);
}
