// Who on the team hears of a customer's message (the bell at once, the away email later): the
// thread's assignee, while they can still open it (active; a technician only while the job is
// theirs); otherwise the roles the business chose for messageReceived (alerts/staff-alert-roles.ts),
// except technicians not on the thread's job, who could not open it.
import type { ScopedContext } from '../context/context.js';
import type { MessageThread } from '../generated/prisma/client.js';
import { scopeTenant } from '../platform/current-tenant.js';
import { rolesToAlert } from '../alerts/staff-alert-roles.js';

const SELECT = { id: true, name: true, email: true, locale: true, role: true, status: true, notificationPreferences: true } as const;

export async function teamRecipients(ctx: ScopedContext, thread: Pick<MessageThread, 'assigneeId' | 'jobId'>) {
  const { tx } = ctx;
  const jobTechnician = thread.jobId ? ((await tx.job.findFirst({ where: { id: thread.jobId }, select: { technicianId: true } }))?.technicianId ?? null) : null;
  const canOpen = (member: { id: string; role: string }) => member.role !== 'technician' || member.id === jobTechnician;
  if (thread.assigneeId) {
    const assignee = await tx.staffUser.findFirst({ where: { id: thread.assigneeId, status: 'active' }, select: SELECT });
    if (assignee && canOpen(assignee)) return [assignee];
  }
  const tenant = await scopeTenant(ctx);
  const members = await tx.staffUser.findMany({
    where: { status: 'active', role: { in: rolesToAlert(tenant.staffAlerts, 'messageReceived') } },
    select: SELECT,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return members.filter(canOpen);
}
