// What the office does with appointment requests: the queue, confirm (as asked or at another
// time) and decline with a reason. Moving and cancelling any job is dispatch's (moveJob,
// setJobStatus in jobs/jobs.admin.service.ts), on the same booking code.
import type { StaffContext } from '../context/context.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { assertMove, staffActor } from '../jobs/job-lifecycle.js';
import { updateJob } from '../jobs/jobs.data.js';
import { adminJobSelect, toAdminJob, type AdminJobRow } from '../jobs/jobs.view.js';
import type { AdminJob } from '../jobs/jobs.admin.types.js';
import { guardOverlap } from './booking.data.js';
import { notifyBooking } from './booking.emails.js';
import { place } from './booking.service.js';
import type { AppointmentRequestArgs } from './booking.types.js';

export async function appointmentRequests(ctx: StaffContext, args: AppointmentRequestArgs): Promise<Connection<AdminJob>> {
  const tenant = await currentTenant(ctx);
  const rows = await ctx.tx.job.findMany({
    where: { status: 'requested' },
    select: adminJobSelect,
    orderBy: [{ scheduledStart: 'asc' }, { id: 'asc' }],
    ...pageQuery(tenant.id, args),
  });
  return toConnection(rows, args, (row) => toAdminJob(row, tenant.timeZone));
}

async function tenantAppointment(ctx: StaffContext, id: string): Promise<AdminJobRow> {
  const job = isId(id) ? await ctx.tx.job.findFirst({ where: { id }, select: adminJobSelect }) : null;
  if (!job) throw new NotFound('This appointment');
  return job;
}

/** A technician staff named: one of this tenant's active staff, else NOT_FOUND like any foreign id. */
export async function namedTechnician(ctx: StaffContext, id: string | null | undefined): Promise<string | null> {
  if (id == null) return null;
  const staff = isId(id) ? await ctx.tx.staffUser.findFirst({ where: { id, status: 'active' }, select: { id: true } }) : null;
  if (!staff) throw new NotFound('This technician');
  return staff.id;
}

export async function confirmAppointment(ctx: StaffContext, id: string, start: Date | null | undefined, technicianId: string | null | undefined): Promise<AdminJob> {
  const tenant = await currentTenant(ctx);
  const job = await tenantAppointment(ctx, id);
  assertMove(job, 'confirm', staffActor(ctx.principal.role), 'appointment');
  const named = await namedTechnician(ctx, technicianId);
  const at = start ?? job.requestedStart ?? job.scheduledStart;
  const placed = await place(ctx, tenant, { serviceTypeId: job.serviceTypeId, start: at, by: 'staff', technicianId: named });
  const confirmed = await guardOverlap(() =>
    updateJob(ctx, tenant.id, job, { status: 'scheduled', technicianId: placed.technicianId, scheduledStart: at, scheduledEnd: placed.end }),
  );
  await recordStaffActivity(ctx, 'booking.confirmed', { subjectId: job.id, customerId: job.customerId });
  await notifyBooking(ctx, tenant, 'confirmed', confirmed);
  return toAdminJob(confirmed, tenant.timeZone);
}

export async function declineAppointment(ctx: StaffContext, id: string, reason: string): Promise<AdminJob> {
  const tenant = await currentTenant(ctx);
  const job = await tenantAppointment(ctx, id);
  assertMove(job, 'decline', staffActor(ctx.principal.role), 'appointment');
  const text = reason.trim();
  if (!text) throw new BadInput('reason', 'Tell the customer why, so they can pick another time.', 'REQUIRED');
  if (text.length > 500) throw new BadInput('reason', 'Please keep the reason under 500 characters.', 'TOO_LONG');
  const declined = await updateJob(ctx, tenant.id, job, { status: 'declined', declineReason: text });
  await recordStaffActivity(ctx, 'booking.declined', { subjectId: job.id, customerId: job.customerId });
  await notifyBooking(ctx, tenant, 'declined', declined, text);
  return toAdminJob(declined, tenant.timeZone);
}
