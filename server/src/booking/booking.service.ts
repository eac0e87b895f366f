// Online booking for customers (services, slots, book, reschedule, cancel) and what staff share
// with it: which technician takes a job (`place`), moving and cancelling a booking. What may be
// done to a job in which status is the job lifecycle's (jobs/job-lifecycle.ts); until when
// customers may change a booking is the cancellation window's (cancellation-window.ts).
import type { CustomerContext, ScopedContext } from '../context/context.js';
import type { Job as JobRow, Tenant } from '../generated/prisma/client.js';
import type { ActorType } from '../generated/prisma/enums.js';
import { BadInput, Conflict, NotFound } from '../errors/errors.js';
import { isId } from '../common/ids.js';
import { recordCustomerActivity } from '../activity/activity.js';
import { currentTenant } from '../platform/current-tenant.js';
import { featureOn } from '../platform/features.js';
import { alertStaff } from '../alerts/alerts.service.js';
import { assertMove, mayMove } from '../jobs/job-lifecycle.js';
import { updateJob, VISIT_RESET } from '../jobs/jobs.data.js';
import { adminJobSelect, toJob, type AdminJobRow } from '../jobs/jobs.view.js';
import type { Job } from '../jobs/jobs.types.js';
import { guardOverlap, loadBookingData, lockBookings, rulesOf, takenConflict } from './booking.data.js';
import { notifyBooking } from './booking.emails.js';
import { assertCancellationWindowOpen, isWithinCancellationWindow } from './cancellation-window.js';
import { daysBetween, localParts } from './local-dates.js';
import { computeSlots, freeTechnicians, slotProblem, type SlotDay, type SlotProblem } from './slots.js';
import type { BookAppointmentInput, BookableService, BookingOptions } from './booking.types.js';

const MINUTE = 60_000;
export const MAX_SLOT_RANGE_DAYS = 62;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

// ---- Reading ----

export function bookableServices(ctx: CustomerContext): Promise<BookableService[]> {
  return ctx.tx.serviceType.findMany({
    where: { active: true, bookableOnline: true, technicians: { some: {} } },
    select: { id: true, name: true, description: true, durationMinutes: true, priceMinor: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}

export async function bookingOptions(ctx: CustomerContext): Promise<BookingOptions> {
  const tenant = await currentTenant(ctx);
  return {
    mode: tenant.bookingMode,
    changeWindowHours: tenant.changeWindowHours,
    changeGraceMinutes: tenant.changeGraceMinutes,
    minLeadMinutes: tenant.minLeadMinutes,
    maxAdvanceDays: tenant.maxAdvanceDays,
    timeZone: tenant.timeZone,
  };
}

export async function availableSlots(ctx: CustomerContext, serviceTypeId: string, from: string, to: string): Promise<SlotDay[]> {
  const tenant = await currentTenant(ctx);
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new BadInput(field, 'Give a date as YYYY-MM-DD.', 'INVALID_DATE');
  }
  const span = daysBetween(from, to);
  if (span < 0) throw new BadInput('to', 'The end date must not be before the start date.', 'END_BEFORE_START');
  if (span >= MAX_SLOT_RANGE_DAYS) throw new BadInput('to', `Ask for at most ${MAX_SLOT_RANGE_DAYS} days at a time.`, 'RANGE_TOO_LONG');
  if (!isId(serviceTypeId)) throw new NotFound('This service');
  const data = await loadBookingData(ctx, serviceTypeId, from, to, true);
  if (!data.service) throw new NotFound('This service');
  return computeSlots({
    rules: rulesOf(tenant, data.closedDates),
    durationMinutes: data.service.durationMinutes,
    technicianIds: data.technicianIds,
    busy: data.busy,
    from,
    to,
    now: ctx.now(),
  });
}

/**
 * Whether the customer may still reschedule or cancel this appointment online: the business
 * takes bookings online, the lifecycle lets a customer cancel from its status, and the
 * cancellation window is open.
 */
export async function canChangeOnline(ctx: CustomerContext, job: Job): Promise<boolean> {
  const tenant = await currentTenant(ctx);
  return featureOn(tenant, 'booking') && mayMove(job.status, 'cancel', 'customer') && isWithinCancellationWindow(tenant, job, ctx.now());
}

// ---- Placement, shared with staff ----

export interface Placement {
  serviceTypeId: string;
  start: Date;
  /** Customers must pick an offered slot; staff may place a job at any future time. */
  by: 'customer' | 'staff';
  /** The job being moved: its own busy range is not in the way, and its technician is kept when free. */
  moving?: Pick<JobRow, 'technicianId' | 'scheduledStart' | 'scheduledEnd'> | null;
  /** A technician staff chose (already checked to be the tenant's). */
  technicianId?: string | null;
  /** Staff may give a job another length than its service type's. */
  end?: Date | null;
}

const SLOT_REFUSAL: Record<SlotProblem, string> = {
  past: 'START_IN_PAST',
  lead_time: 'LEAD_TIME_NOT_MET',
  horizon: 'BEYOND_BOOKING_HORIZON',
  closed: 'CLOSED_DAY',
  outside_hours: 'NOT_AN_OFFERED_TIME',
};

/** BAD_USER_INPUT on `start` (reason START_IN_PAST) for a time that has passed. */
export function startInPast(): BadInput {
  return new BadInput('start', 'This time has already passed. Please pick a time in the future.', SLOT_REFUSAL.past);
}

/**
 * Under the tenant's booking lock: checks the start against the rules and finds a technician
 * free for it with buffers (the named one, the job's own, or the least loaded qualified one).
 */
export async function place(ctx: ScopedContext, tenant: Tenant, p: Placement): Promise<{ end: Date; technicianId: string; serviceName: string }> {
  await lockBookings(ctx, tenant.id);
  const { date } = localParts(p.start, tenant.timeZone);
  const data = await loadBookingData(ctx, p.serviceTypeId, date, date, p.by === 'customer' && !p.moving);
  if (!data.service) throw new NotFound('This service');
  const rules = rulesOf(tenant, data.closedDates);
  const duration = data.service.durationMinutes;
  if (p.by === 'customer') {
    const problem = slotProblem(rules, p.start, duration, ctx.now());
    if (problem) throw new BadInput('start', slotMessage(problem, tenant), SLOT_REFUSAL[problem]);
  } else if (p.start.getTime() <= ctx.now().getTime()) {
    throw startInPast();
  }
  const end = p.end ?? new Date(p.start.getTime() + duration * MINUTE);
  const own = p.moving;
  const busy = own
    ? data.busy.filter((b) => !(b.technicianId === own.technicianId && b.start.getTime() === own.scheduledStart.getTime() && b.end.getTime() === own.scheduledEnd.getTime()))
    : data.busy;
  const candidates = p.technicianId ? [p.technicianId] : data.technicianIds;
  const free = freeTechnicians(rules, candidates, busy, p.start, end);
  const keep = own?.technicianId && free.includes(own.technicianId) ? own.technicianId : null;
  const technicianId = keep ?? free[0];
  if (!technicianId) throw p.technicianId ? new Conflict('This technician is not free at that time. Please pick another time or technician.', 'TECHNICIAN_BUSY') : takenConflict();
  return { end, technicianId, serviceName: data.service.name };
}

function slotMessage(problem: SlotProblem, tenant: Tenant): string {
  switch (problem) {
    case 'past':
      return 'This time has already passed. Please pick a time in the future.';
    case 'lead_time':
      return `Appointments must be booked at least ${tenant.minLeadMinutes} minutes ahead. Please pick a later time.`;
    case 'horizon':
      return `Appointments can be booked at most ${tenant.maxAdvanceDays} days ahead. Please pick an earlier day.`;
    case 'closed':
      return `${tenant.name} is closed that day. Please pick another day.`;
    case 'outside_hours':
      return 'This is not one of the offered start times. Please pick a time from the list.';
  }
}

// ---- Customer actions ----

function cleanText(field: string, value: string | null | undefined, max: number, required: boolean): string | null {
  const text = value?.trim() ?? '';
  if (required && !text) throw new BadInput(field, 'Please describe what you need.', 'REQUIRED');
  if (text.length > max) throw new BadInput(field, `Please keep this under ${max} characters.`, 'TOO_LONG');
  return text || null;
}

export async function bookAppointment(ctx: CustomerContext, input: BookAppointmentInput): Promise<Job> {
  const { tx, principal } = ctx;
  const tenant = await currentTenant(ctx);
  const description = cleanText('description', input.description, 2000, true);
  const accessInstructions = cleanText('accessInstructions', input.accessInstructions, 1000, false);
  if (!isId(input.serviceTypeId)) throw new NotFound('This service');
  const site = isId(input.siteId) ? await tx.site.findFirst({ where: { id: input.siteId, customerId: principal.customerId }, select: { id: true } }) : null;
  if (!site) throw new NotFound('This site');
  if (input.assetId != null) {
    const asset = isId(input.assetId) ? await tx.asset.findFirst({ where: { id: input.assetId, customerId: principal.customerId }, select: { id: true } }) : null;
    if (!asset) throw new NotFound('This asset');
  }
  const placed = await place(ctx, tenant, { serviceTypeId: input.serviceTypeId, start: input.start, by: 'customer' });
  const instant = tenant.bookingMode === 'instant';
  const job = await guardOverlap(() =>
    tx.job.create({
      data: {
        tenantId: tenant.id,
        customerId: principal.customerId,
        siteId: site.id,
        serviceTypeId: input.serviceTypeId,
        assetId: input.assetId ?? null,
        technicianId: instant ? placed.technicianId : null,
        status: instant ? 'scheduled' : 'requested',
        title: placed.serviceName,
        description,
        scheduledStart: input.start,
        scheduledEnd: placed.end,
        requestedStart: input.start,
        requestedEnd: placed.end,
        bookedOnline: true,
        // The cancellation window's grace period runs from here, on the request's clock.
        createdAt: ctx.now(),
      },
      select: adminJobSelect,
    }),
  );
  // Any of the customer's own addresses, also one the office entered (the database's one door for it).
  if (accessInstructions) await tx.$executeRaw`SELECT customer_set_site_access(${site.id}::uuid, ${accessInstructions}::text)`;
  await recordCustomerActivity(ctx, instant ? 'booking.booked' : 'booking.requested', job.id);
  await notifyBooking(ctx, tenant, instant ? 'booked' : 'requested', job);
  await alertStaff(ctx, { kind: instant ? 'newBooking' : 'appointmentRequest', id: job.id, customerId: job.customerId, what: job.title, when: job.scheduledStart });
  return toJob(job, tenant.timeZone);
}

/** One of the signed-in customer's appointments; NOT_FOUND for a malformed, missing or foreign id. */
async function ownAppointment(ctx: CustomerContext, id: string): Promise<AdminJobRow> {
  const job = isId(id) ? await ctx.tx.job.findFirst({ where: { id, customerId: ctx.principal.customerId }, select: adminJobSelect }) : null;
  if (!job) throw new NotFound('This appointment');
  return job;
}

export async function rescheduleAppointment(ctx: CustomerContext, id: string, start: Date): Promise<Job> {
  const tenant = await currentTenant(ctx);
  const job = await ownAppointment(ctx, id);
  assertMove(job, 'reschedule', 'customer', 'appointment');
  assertCancellationWindowOpen(tenant, job, ctx.now());
  const moved = await moveBooking(ctx, tenant, job, { start, by: 'customer' });
  await recordCustomerActivity(ctx, 'booking.rescheduled', job.id);
  return toJob(moved, tenant.timeZone);
}

export async function cancelAppointment(ctx: CustomerContext, id: string, reason: string | null | undefined): Promise<Job> {
  const tenant = await currentTenant(ctx);
  const job = await ownAppointment(ctx, id);
  assertMove(job, 'cancel', 'customer', 'appointment');
  assertCancellationWindowOpen(tenant, job, ctx.now());
  const cancelled = await cancelBooking(ctx, tenant, job, 'customer', cleanText('reason', reason, 500, false));
  await recordCustomerActivity(ctx, 'booking.cancelled', job.id);
  return toJob(cancelled, tenant.timeZone);
}

// ---- Changes shared by customers and staff (the caller has checked the lifecycle) ----

/**
 * Moves a job to `start`: a request keeps waiting for staff, a scheduled job gets a free
 * technician (its own when free). The customer is emailed; returns the row written.
 */
export async function moveBooking(
  ctx: ScopedContext,
  tenant: Tenant,
  job: AdminJobRow,
  to: { start: Date; by: 'customer' | 'staff'; technicianId?: string | null },
): Promise<AdminJobRow> {
  const placed = await place(ctx, tenant, { serviceTypeId: job.serviceTypeId, start: to.start, by: to.by, moving: job, technicianId: to.technicianId });
  const requested = job.status === 'requested';
  const times = { scheduledStart: to.start, scheduledEnd: placed.end };
  // A visit under way ("on my way, arriving around 14:20") was for the old time: it starts over.
  const moved = await guardOverlap(() =>
    updateJob(
      ctx,
      tenant.id,
      job,
      requested && to.by === 'customer'
        ? { ...times, requestedStart: to.start, requestedEnd: placed.end }
        : { ...times, technicianId: requested ? job.technicianId : placed.technicianId, ...VISIT_RESET },
    ),
  );
  await notifyBooking(ctx, tenant, 'rescheduled', moved);
  return moved;
}

/** Cancels a job on behalf of the customer or staff and emails the customer (with the reason, if any); returns the row written. */
export async function cancelBooking(ctx: ScopedContext, tenant: Tenant, job: AdminJobRow, by: ActorType, reason: string | null): Promise<AdminJobRow> {
  const cancelled = await updateJob(ctx, tenant.id, job, { status: 'cancelled', cancelledAt: ctx.now(), cancelledBy: by });
  await notifyBooking(ctx, tenant, 'cancelled', cancelled, reason);
  return cancelled;
}
