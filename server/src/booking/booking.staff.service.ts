// What staff do with appointments: the queue of requests, confirm (as asked or at another
// time), decline with a reason, and reschedule or cancel at any time.
import { staffScope, type RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import type { Job as JobRow } from '../generated/prisma/client.js';
import { BadInput, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { recordStaffActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { guardOverlap } from './booking.data.js';
import { sendBookingEmail } from './booking.emails.js';
import { assertMove, cancelJobRow, moveJob, place } from './booking.service.js';
import type { Appointment, AppointmentRequestArgs } from './booking.types.js';

export function toAppointment(row: JobRow): Appointment {
  return {
    id: row.id,
    status: row.status,
    title: row.title,
    start: row.scheduledStart,
    end: row.scheduledEnd,
    requestedStart: row.requestedStart,
    requestedEnd: row.requestedEnd,
    description: row.description,
    declineReason: row.declineReason,
    bookedOnline: row.bookedOnline,
    customerId: row.customerId,
    serviceTypeId: row.serviceTypeId,
    technicianId: row.technicianId,
  };
}

export async function appointmentRequests(ctx: RequestContext, args: AppointmentRequestArgs): Promise<Connection<Appointment>> {
  const { tx, principal } = staffScope(ctx);
  const rows = await tx.job.findMany({
    where: { status: 'requested' },
    orderBy: [{ scheduledStart: 'asc' }, { id: 'asc' }],
    ...pageQuery(principal.tenantId, args),
  });
  return toConnection(rows, args, toAppointment);
}

async function tenantJob(tx: Tx, id: string): Promise<JobRow> {
  const job = isId(id) ? await tx.job.findFirst({ where: { id } }) : null;
  if (!job) throw new NotFound('This appointment');
  return job;
}

/** A technician staff named: one of this tenant's active staff, else NOT_FOUND like any foreign id. */
export async function namedTechnician(tx: Tx, id: string | null | undefined): Promise<string | null> {
  if (id == null) return null;
  const staff = isId(id) ? await tx.staffUser.findFirst({ where: { id, status: 'active' }, select: { id: true } }) : null;
  if (!staff) throw new NotFound('This technician');
  return staff.id;
}

async function reload(tx: Tx, id: string): Promise<Appointment> {
  return toAppointment(await tenantJob(tx, id));
}

export async function confirmAppointment(ctx: RequestContext, id: string, start: Date | null | undefined, technicianId: string | null | undefined): Promise<Appointment> {
  const { tx } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  const job = await tenantJob(tx, id);
  assertMove(job, 'confirm');
  const named = await namedTechnician(tx, technicianId);
  const at = start ?? job.requestedStart ?? job.scheduledStart;
  const placed = await place(ctx, tx, tenant, { serviceTypeId: job.serviceTypeId, start: at, by: 'staff', technicianId: named });
  await guardOverlap(() =>
    tx.job.updateMany({ where: { id: job.id }, data: { status: 'scheduled', technicianId: placed.technicianId, scheduledStart: at, scheduledEnd: placed.end } }),
  );
  await recordStaffActivity(ctx, 'booking.confirmed', { subjectId: job.id, customerId: job.customerId });
  await sendBookingEmail(ctx, tx, tenant, 'confirmed', { ...job, scheduledStart: at });
  return reload(tx, job.id);
}

export async function declineAppointment(ctx: RequestContext, id: string, reason: string): Promise<Appointment> {
  const { tx } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  const job = await tenantJob(tx, id);
  assertMove(job, 'decline');
  const text = reason.trim();
  if (!text) throw new BadInput('reason', 'Tell the customer why, so they can pick another time.');
  if (text.length > 500) throw new BadInput('reason', 'Please keep the reason under 500 characters.');
  await tx.job.updateMany({ where: { id: job.id }, data: { status: 'declined', declineReason: text } });
  await recordStaffActivity(ctx, 'booking.declined', { subjectId: job.id, customerId: job.customerId });
  await sendBookingEmail(ctx, tx, tenant, 'declined', job, text);
  return reload(tx, job.id);
}

export async function rescheduleJob(ctx: RequestContext, id: string, start: Date, technicianId: string | null | undefined): Promise<Appointment> {
  const { tx } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  const job = await tenantJob(tx, id);
  assertMove(job, 'reschedule');
  await moveJob(ctx, tx, tenant, job, { start, by: 'staff', technicianId: await namedTechnician(tx, technicianId) });
  await recordStaffActivity(ctx, 'booking.rescheduled_by_staff', { subjectId: job.id, customerId: job.customerId });
  return reload(tx, job.id);
}

export async function cancelJob(ctx: RequestContext, id: string, reason: string | null | undefined): Promise<Appointment> {
  const { tx } = staffScope(ctx);
  const tenant = await currentTenant(ctx);
  const job = await tenantJob(tx, id);
  assertMove(job, 'cancel');
  const text = reason?.trim() || null;
  if (text && text.length > 500) throw new BadInput('reason', 'Please keep the reason under 500 characters.');
  await cancelJobRow(ctx, tx, tenant, job, 'staff', text);
  await recordStaffActivity(ctx, 'booking.cancelled_by_staff', { subjectId: job.id, customerId: job.customerId });
  return reload(tx, job.id);
}
